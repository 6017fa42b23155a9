import { plainText } from "../../model/inline.js";
import type { Block } from "../../model/document.js";
import type { Finding } from "../finding.js";
import type { ModelContext } from "../context.js";
import { tail } from "../text.js";
import { endMarkCarrier } from "../../text/end-mark.js";

/** The text of a block that the end mark is appended to, or undefined when it cannot carry one. */
function markableText(block: Block): string | undefined {
  const carrier = endMarkCarrier(block);
  return carrier === undefined ? undefined : plainText(carrier);
}

/**
 * R-END-1 on the model: the writer appends the end mark to the last block, so the last block
 * must be text that can carry it: not a table, an article heading or a titled heading.
 */
export function endMarkTarget(ctx: ModelContext): Finding[] {
  const { body } = ctx.doc;
  const i = body.length - 1;
  const last = body[i];
  if (!last || !ctx.profile.endMark) return [];
  if (markableText(last) !== undefined) return [];
  return [
    ctx.finding("R-END-1", {
      path: `body[${i}]`,
      message: {
        vi: `Văn bản kết thúc bằng một đoạn văn mang dấu "${ctx.profile.endMark}", không bằng ${last.type === "table" ? "bảng" : "đề mục"}`,
        en: `The body ends with a paragraph that carries "${ctx.profile.endMark}", not with a ${last.type === "table" ? "table" : "heading"}`,
      },
      expected: `đoạn văn cuối …${ctx.profile.endMark}`,
      actual: last.type === "heading" ? `heading: ${tail(plainText(last.content))}` : last.type,
      fix: `Thêm một đoạn kết (ví dụ câu yêu cầu thực hiện) sau ${last.type === "table" ? "bảng" : "đề mục"} cuối.`,
    }),
  ];
}

/** P-END-1 on the model: a Party body's last paragraph ends with "." itself (the writer adds nothing) and has no "./.". */
export function partyBodyEnd(ctx: ModelContext): Finding[] {
  const { body } = ctx.doc;
  const i = body.length - 1;
  const last = body[i];
  const text = last ? markableText(last)?.trimEnd() : undefined;
  if (text === undefined) return [];
  const end = ctx.terms.bodyEnd;
  const foreign = ctx.across.foreignEndMarks.find((m) => text.endsWith(m));
  if (!foreign && text.endsWith(end)) return [];
  const stem = foreign ? text.slice(0, -foreign.length) : text.replace(/[.;,:]+$/u, "");
  const expected = `${stem}${end}`;
  return [
    ctx.finding("P-END-1", {
      path: `body[${i}].content`,
      message: foreign
        ? { vi: `Văn bản Đảng không dùng dấu "${foreign}" ở cuối`, en: `A Party document does not end with "${foreign}"` }
        : { vi: `Đoạn cuối văn bản Đảng kết thúc bằng "${end}"`, en: `The last Party paragraph ends with "${end}"` },
      expected: tail(expected),
      actual: tail(text),
      fix: `Kết thúc đoạn cuối bằng "${end}".`,
    }),
  ];
}
