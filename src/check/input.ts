import type { Finding } from "./finding.js";

/** The rule id of a finding about input that is not a (complete) document: unreadable, invalid JSON, missing fields. */
export const INPUT_RULE = "INPUT";

/** A finding for a file that could not be read or parsed at all. */
export function unreadable(reason: { vi: string; en: string }): Finding {
  return {
    rule: INPUT_RULE,
    profile: null,
    severity: "error",
    path: "(file)",
    message: reason,
    expected: "",
    actual: "",
    fix: "Kiểm tra đường dẫn và nội dung tệp (JSON hợp lệ hoặc văn bản .txt).",
  };
}
