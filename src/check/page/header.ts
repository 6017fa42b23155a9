import type { Line, Rule } from "../../layout/pages.js";
import { detail, f1, find, type PageContext } from "./context.js";

const FIX = "Báo lỗi cho nhóm phát triển vanban";

function ruleUnder(rules: Rule[], line: Line, role: string): Rule | undefined {
  return rules.find((r) => r.role === role && r.y1 > line.y && r.y1 - line.y < 14);
}

/** R-HDR-2 / P-HDR-1: a rule under the last right-hand header line, as long as its text (±10 %). */
export function mottoRule(ctx: PageContext) {
  const page = ctx.pages.pages[0]!;
  const last = ctx.profile.header.right.at(-1)!;
  const line = page.lines.filter((l) => l.role === last.element).at(-1);
  const rule = line && ruleUnder(page.rules, line, "mottoRule");
  const id = ctx.profile.family === "party" ? "P-HDR-1" : "R-HDR-2";
  if (!line || !rule) return find(ctx, id, detail("header", "thiếu đường kẻ dưới dòng cuối của tiêu ngữ", "no rule under the motto", "a rule as long as the text", "none", FIX));
  const width = rule.x2 - rule.x1;
  if (Math.abs(width - line.width) > line.width * 0.1 || Math.abs(rule.x1 - line.x) > 2) {
    return find(ctx, id, detail("header", "đường kẻ dưới tiêu ngữ không dài bằng chữ", "the rule under the motto is not as long as the text", `${f1(line.width)} pt at x ${f1(line.x)}`, `${f1(width)} pt at x ${f1(rule.x1)}`, FIX));
  }
  return [];
}

/** R-HDR-3 (layout half): the issuing body bold, a centred rule 1/3–1/2 of its widest line. */
export function issuerRule(ctx: PageContext) {
  if (ctx.profile.header.issuerMark.kind !== "rule") return [];
  const page = ctx.pages.pages[0]!;
  const issuer = page.lines.filter((l) => l.role === "issuer");
  const out = [];
  for (const l of issuer) {
    if (l.spans.some((s) => s.face !== "bold" && s.face !== "bolditalics")) {
      out.push(...find(ctx, "R-HDR-3", detail(l.source, "tên cơ quan ban hành không in đậm", "the issuing body is not bold", "bold", "regular", FIX)));
    }
  }
  const lastLine = issuer.at(-1);
  const rule = lastLine && ruleUnder(page.rules, lastLine, "issuerRule");
  if (!lastLine || !rule) return [...out, ...find(ctx, "R-HDR-3", detail("issuer.body", "thiếu đường kẻ dưới tên cơ quan ban hành", "no rule under the issuing body", "a rule 1/3–1/2 of the text", "none", FIX))];
  const widest = Math.max(...issuer.map((l) => l.width));
  const ratio = (rule.x2 - rule.x1) / widest;
  const centre = (rule.x1 + rule.x2) / 2;
  const textCentre = lastLine.x + lastLine.width / 2;
  if (ratio < 1 / 3 - 0.005 || ratio > 1 / 2 + 0.005 || Math.abs(centre - textCentre) > 1) {
    out.push(...find(ctx, "R-HDR-3", detail("issuer.body", "đường kẻ dưới tên cơ quan ban hành sai độ dài hoặc không ở giữa", "the rule under the issuing body has the wrong length or is off centre", "1/3–1/2 of the widest line, centred", `${(ratio * 100).toFixed(0)} %, centre off by ${f1(centre - textCentre)} pt`, FIX)));
  }
  return out;
}

/** R-NUM-6: the number line and the date line on one baseline. */
export function numberDateRow(ctx: PageContext) {
  const page = ctx.pages.pages[0]!;
  const number = page.lines.find((l) => l.role === "number");
  const date = page.lines.find((l) => l.role === "date");
  if (!number || !date || Math.abs(number.y - date.y) > 0.5) {
    return find(ctx, "R-NUM-6", detail("number", "số, ký hiệu và ngày tháng không cùng một dòng", "the number and the date are not on one row", "same baseline", number && date ? `${f1(number.y)} / ${f1(date.y)} pt` : "missing", FIX));
  }
  return [];
}
