import type { Finding } from "../finding.js";
import type { SourceContext } from "../context.js";
import type { RuleId } from "../rules.js";
import { head } from "../text.js";
import { at, isTypedText, writtenList } from "./lines.js";

/** "V/V", "v/v:", "Về việc": the ways a công văn subject opens that are not the profile's "V/v ". */
const LOOSE_VV = /^(?:[Vv]\s*\/\s*[Vv]\s*[:.]?\s*|Về việc\s*:?\s*)/u;

function vvPrefix(ctx: SourceContext, rule: RuleId): Finding[] {
  if (isTypedText(ctx.source)) return [];
  const first = writtenList(ctx.source.subjectLines, "source.subjectLines")[0];
  const prefix = ctx.profile.vv.prefix;
  // With no prefix (a Party công văn, HD 36's example), any "V/v" or "Về việc" opening is the mistake.
  if (!first || (prefix ? first.text.startsWith(prefix) : !LOOSE_VV.test(first.text))) return [];
  const expected = `${prefix}${first.text.replace(LOOSE_VV, "")}`;
  return [
    ctx.finding(rule, {
      ...at(first),
      message: prefix
        ? { vi: `Trích yếu công văn bắt đầu bằng "${prefix}"`, en: `A công văn subject opens with "${prefix}"` }
        : { vi: "Trích yếu công văn không có tiền tố V/v", en: "A công văn subject has no V/v prefix" },
      expected: head(expected),
      actual: head(first.text),
      fix: `Sửa thành "${head(expected)}".`,
    }),
  ];
}

/** R-VV-1: a công văn's subject line opens with "V/v ". */
export function vvWritten(ctx: SourceContext): Finding[] {
  return vvPrefix(ctx, "R-VV-1");
}

/** P-VV-1: as R-VV-1, for a Party công văn. */
export function partyVvWritten(ctx: SourceContext): Finding[] {
  return vvPrefix(ctx, "P-VV-1");
}
