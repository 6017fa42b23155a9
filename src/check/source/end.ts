import { withEndMark } from "../../text/punctuation.js";
import type { Finding } from "../finding.js";
import type { SourceContext } from "../context.js";
import { tail } from "../text.js";
import { at, written } from "./lines.js";

/** R-END-1: the last body line ends with the profile's end mark ("./."). */
export function endMarkWritten(ctx: SourceContext): Finding[] {
  const line = written(ctx.source.lastBodyLine, "source.lastBodyLine");
  const mark = ctx.profile.endMark;
  if (!line || !mark || line.text.endsWith(mark)) return [];
  const expected = withEndMark(line.text, mark);
  return [
    ctx.finding("R-END-1", {
      ...at(line),
      message: { vi: `Đoạn cuối của nội dung kết thúc bằng dấu "${mark}"`, en: `The last body paragraph ends with "${mark}"` },
      // The same stretch of text in both, so that only the end differs.
      expected: tail(expected, 48 + [...expected].length - [...line.text].length),
      actual: tail(line.text),
      fix: `Thêm "${mark}" vào cuối đoạn cuối: "${tail(expected, 24)}".`,
    }),
  ];
}

/** P-END-1: a Party text's last body line ends with "." and carries no "./.". */
export function partyEndWritten(ctx: SourceContext): Finding[] {
  const line = written(ctx.source.lastBodyLine, "source.lastBodyLine");
  if (!line) return [];
  const end = ctx.terms.bodyEnd;
  const foreign = ctx.across.foreignEndMarks.find((m) => line.text.endsWith(m));
  if (!foreign && line.text.endsWith(end)) return [];
  const stem = foreign ? line.text.slice(0, -foreign.length) : line.text.replace(/[.;,:]+$/u, "");
  return [
    ctx.finding("P-END-1", {
      ...at(line),
      message: foreign
        ? { vi: `Văn bản Đảng không dùng dấu "${foreign}" ở cuối`, en: `A Party text does not end with "${foreign}"` }
        : { vi: `Đoạn cuối văn bản Đảng kết thúc bằng "${end}"`, en: `The last Party paragraph ends with "${end}"` },
      expected: tail(`${stem}${end}`),
      actual: tail(line.text),
      fix: `Kết thúc bằng "${end}".`,
    }),
  ];
}
