// Commander's own usage errors ("error: unknown option '--x'") as bilingual issues.
import type { IssueJson } from "./json-output.js";

const KNOWN: [RegExp, string][] = [
  [/unknown option/u, "tùy chọn không có"],
  [/unknown command/u, "lệnh không có"],
  [/missing required argument/u, "thiếu đối số bắt buộc"],
  [/argument missing/u, "tùy chọn thiếu giá trị"],
  [/required option .* not specified/u, "thiếu tùy chọn bắt buộc"],
  [/too many arguments/u, "thừa đối số"],
  [/cannot be used with/u, "hai tùy chọn không dùng cùng nhau"],
  [/invalid/iu, "giá trị không hợp lệ"],
];

/** The message with its Vietnamese; `path` is the option or argument it quotes. */
export function commanderIssue(message: string): IssueJson {
  const en = message.trim().replace(/^error: /u, "");
  const quoted = /'([^']+)'/u.exec(en)?.[1] ?? "(command line)";
  const vi = KNOWN.find(([pattern]) => pattern.test(en))?.[1] ?? "dòng lệnh sai";
  return { path: quoted, vi: `lỗi: ${vi} ${quoted === "(command line)" ? "" : `'${quoted}'`}`.trim(), en };
}
