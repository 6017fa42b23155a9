import { ProfileIdSchema } from "../model/document.js";
import { validateDocument } from "../model/parse.js";
import { DocumentError, type DocumentIssue } from "../model/errors.js";
import { checkDocument } from "./check-document.js";
import type { CheckOptions } from "./context.js";
import { INPUT_RULE } from "./input.js";
import type { Finding } from "./finding.js";

/**
 * Checks plain data (a parsed .json file) that may not be a document at all: each validation
 * issue becomes an INPUT error naming its field; a valid document is checked by checkDocument.
 */
export function checkData(data: unknown, options: CheckOptions = {}): Finding[] {
  const result = validateDocument(data);
  const declared = ProfileIdSchema.safeParse((data as { profile?: unknown } | null)?.profile);
  let issues: DocumentIssue[] = result.ok ? [] : result.issues;
  if (result.ok) {
    try {
      return checkDocument(result.document, options);
    } catch (error) {
      // A profile nobody defines ("profile": "my-provice"), or one of another family: an input error.
      if (!(error instanceof DocumentError)) throw error;
      issues = error.issues;
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
