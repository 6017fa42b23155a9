import { importText } from "../readers/archive/index.js";
import type { ImportOptions } from "../readers/archive/types.js";
import { defaultProfileOf, loadProfile } from "../layout/load.js";
import type { DocumentIssue } from "../model/errors.js";
import { checkDocument, checkPartialDocument, checkSource } from "./check-document.js";
import type { CheckOptions } from "./context.js";
import { mergeFindings } from "./dedupe.js";
import { compareFindings, type Finding } from "./finding.js";
import { INPUT_RULE } from "./input.js";

export type CheckTextOptions = ImportOptions & Omit<CheckOptions, "profileData">;

/**
 * Checks an archived text (.txt): imports it, then judges the document on the model and the
 * verbatim lines it was read from, one finding per problem. A text that does not import into a
 * complete document still has its lines and the parts that are there checked (checkPartialDocument);
 * each missing or invalid field is an INPUT error.
 */
export function checkText(text: string, options: CheckTextOptions = {}): Finding[] {
  const { now, allowFutureDate, ...importOptions } = options;
  const layouts = importOptions.layouts !== undefined ? { layouts: importOptions.layouts } : {};
  const checkOptions = { ...(now ? { now } : {}), ...(allowFutureDate !== undefined ? { allowFutureDate } : {}), ...layouts };
  const result = importText(text, importOptions);
  // The importer always names a profile (the text's family, the defaults', or the state's).
  const profileId = result.document.profile ?? importOptions.profile ?? importOptions.defaults?.profile ?? defaultProfileOf("state", layouts);
  const profile = loadProfile(profileId, layouts);
  const source = checkSource(result.source, profile, checkOptions);
  if (!result.ok) {
    const input: Finding[] = result.errors.map((issue: DocumentIssue) => ({
      rule: INPUT_RULE,
      profile: profileId,
      severity: "error",
      path: issue.path,
      message: { vi: `Không đọc được văn bản: ${issue.vi}`, en: `The text does not import: ${issue.en}` },
      expected: "",
      actual: "",
      fix: "Bổ sung trường còn thiếu qua tùy chọn nhập (profile, issuer, place, defaults) hoặc sửa văn bản gốc.",
    }));
    // The parts that did import are still judged: the body's citations, the recipients, the signature.
    const present = checkPartialDocument(result.document, profile, checkOptions);
    return [...input, ...mergeFindings(present, source)].sort(compareFindings);
  }
  return mergeFindings(checkDocument(result.document, checkOptions), source).sort(compareFindings);
}
