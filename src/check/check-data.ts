import { ProfileIdSchema } from "../model/document.js";
import { validateDocument } from "../model/parse.js";
import { DocumentError, type DocumentIssue } from "../model/errors.js";
import { checkDocument } from "./check-document.js";
import type { CheckOptions } from "./context.js";
import { INPUT_RULE } from "./input.js";
import { compareFindings, type Finding } from "./finding.js";
import { checkLayout } from "./page/index.js";
import type { Document } from "../model/document.js";
import { profileForDocument } from "../layout/load.js";
import type { Profile } from "../layout/schema.js";

/**
 * The layout rules judged on the page a valid document lays out to; a document the layout cannot
 * place (a table too wide, too many pages) gives its reason as an L-LOST-1 error.
 */
function checkOnPage(doc: Document, options: CheckOptions): Finding[] {
  try {
    return checkLayout(doc, options);
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
    return error.issues.map((issue) => ({
      rule: "L-LOST-1",
      profile: doc.profile,
      severity: "error" as const,
      path: issue.path || "body",
      message: { vi: issue.vi, en: issue.en },
      expected: "",
      actual: "",
      fix: `Sửa ${issue.path || "văn bản"}: ${issue.vi}.`,
    }));
  }
}

/**
 * Checks plain data (a parsed .json file) that may not be a document at all: each validation
 * issue becomes an INPUT error naming its field; a valid document is checked by checkDocument
 * and, laid out, by the rules judged on the page (checkLayout).
 */
export function checkData(data: unknown, options: CheckOptions = {}): Finding[] {
  const result = validateDocument(data);
  const declared = ProfileIdSchema.safeParse((data as { profile?: unknown } | null)?.profile);
  let issues: DocumentIssue[] = result.ok ? [] : result.issues;
  if (result.ok) {
    let profile: Profile;
    try {
      // The chosen or the document's own, from layouts/ or the caller's (options.layouts).
      profile = options.profileData ?? profileForDocument(result.document.profile, options);
    } catch (error) {
      // A profile nobody defines ("profile": "my-provice"), or one of another family: an input error.
      if (!(error instanceof DocumentError)) throw error;
      issues = error.issues;
    }
    if (issues.length === 0) {
      const resolved = { ...options, profileData: profile! };
      return [...checkDocument(result.document, resolved), ...checkOnPage(result.document, resolved)].sort(compareFindings);
    }
  }
  return issues.map((issue) => ({
    rule: INPUT_RULE,
    profile: declared.success ? declared.data : null,
    severity: "error",
    path: issue.path,
    message: { vi: `Văn bản không hợp lệ: ${issue.vi}`, en: `Not a valid document: ${issue.en}` },
    expected: "",
    actual: "",
    fix: `Sửa trường ${issue.path}: ${issue.vi}.`,
  }));
}
