import { DocumentError, listedIssues, type DocumentIssue } from "../model/errors.js";
import { DEFAULT_LIMITS } from "../limits.js";

/** One problem found while drafting; `line` is 1-based in `file` (a template) or in the document text. */
export interface DraftIssue extends DocumentIssue {
  line?: number;
  file?: string;
}

/** Which step found the problems: the data, the template, or the document text it produced. */
export type DraftStage = "data" | "template" | "text";

const HEADINGS: Record<DraftStage, [vi: string, en: string]> = {
  data: ["Dữ liệu cho mẫu không hợp lệ", "invalid template data"],
  template: ["Mẫu văn bản có lỗi", "template errors"],
  text: ["Văn bản dạng chữ không đọc được", "invalid document text"],
};

/**
 * The one error of drafting: every problem of one step, each with its field or variable and,
 * where there is one, its line. A DocumentError, so callers that handle invalid documents
 * handle drafts too.
 */
export class DraftError extends DocumentError {
  override readonly issues: DraftIssue[];
  readonly stage: DraftStage;

  constructor(stage: DraftStage, issues: DraftIssue[], maxListed = DEFAULT_LIMITS.maxIssuesListed) {
    super(issues, HEADINGS[stage][1], maxListed);
    this.name = "DraftError";
    this.stage = stage;
    this.issues = issues;
    const [vi, en] = HEADINGS[stage];
    const lines = listedIssues(issues, maxListed, (i) => {
      const file = i.file ? `${i.file} ` : "";
      const where = i.line === undefined ? file : `${file}dòng ${i.line} / line ${i.line}: `;
      return `  - ${where}${i.path}: ${i.vi} / ${i.en}`;
    });
    this.message = `${vi} / ${en} (${issues.length}):\n${lines.join("\n")}`;
  }
}
