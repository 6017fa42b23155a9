import type { Line } from "../../layout/pages.js";
import { allLines, detail, f1, find, PT_PER_MM, type PageContext } from "./context.js";

const FIX = "Báo lỗi cho nhóm phát triển vanban";
const JUSTIFIED = new Set(["body", "basis", "heading1", "headingTitled"]);

/**
 * R-BODY-1: every line of a justified paragraph but its last reaches both margins, and the first
 * line starts one indent (1 or 1.27 cm) in. R-BODY-2: line spacing between 1.15× and 1.73× the
 * size, and at least 6 pt more between paragraphs.
 */
export function bodyParagraphs(ctx: PageContext) {
  const out = [];
  const m = ctx.profile.page.margins;
  const groups = new Map<string, { page: number; pageWidth: number; line: Line }[]>();
  for (const { page, line } of allLines(ctx.pages)) {
    if (!JUSTIFIED.has(line.role) || !line.source.includes("body[")) continue;
    let g = groups.get(line.source);
    if (!g) groups.set(line.source, (g = []));
    g.push({ page: page.index, pageWidth: page.width, line });
  }
  const indents = [10, 12.7].map((v) => v * PT_PER_MM);
  for (const [source, lines] of groups) {
    const left = m.left * PT_PER_MM;
    const first = lines[0]!;
    const indent = first.line.x - left;
    if (!indents.some((v) => Math.abs(indent - v) <= 0.05 * 10 * PT_PER_MM)) {
      out.push(...find(ctx, "R-BODY-1", detail(source, "thụt đầu dòng sai", "wrong first-line indent", "1 cm or 1.27 cm", `${f1(indent / PT_PER_MM)} mm`, FIX)));
    }
    lines.slice(0, -1).forEach(({ pageWidth, line }) => {
      const right = pageWidth - m.right * PT_PER_MM;
      if (line.spans.length && Math.abs(line.x + line.width - right) > 0.5 && line.spans.some((s) => s.text.includes(" "))) {
        out.push(...find(ctx, "R-BODY-1", detail(source, "dòng không được căn đều hai bên", "a line is not justified", `ends at ${f1(right)} pt`, `ends at ${f1(line.x + line.width)} pt`, FIX)));
      }
    });
    for (let k = 1; k < lines.length; k++) {
      if (lines[k]!.page !== lines[k - 1]!.page) continue;
      const gap = lines[k]!.line.y - lines[k - 1]!.line.y;
      const size = lines[k]!.line.spans[0]?.size ?? 14;
      if (gap < 1.15 * size - 0.5 || gap > 1.73 * size + 0.5) {
        out.push(...find(ctx, "R-BODY-2", detail(source, "giãn dòng ngoài khoảng cho phép", "line spacing outside the allowed range", `${f1(1.15 * size)}–${f1(1.73 * size)} pt`, `${f1(gap)} pt`, FIX)));
        break;
      }
    }
  }
  return out;
}

/** R-RCPT-1: "Nơi nhận:" at the left margin, on the baseline of the first signature line. */
export function recipientsLabel(ctx: PageContext) {
  for (const page of ctx.pages.pages) {
    const label = page.lines.find((l) => l.role === "recipientsLabel");
    if (!label) continue;
    const first = page.lines.find((l) => l.role === "signatureAuthority" || l.role === "signatureTitle");
    const left = ctx.profile.page.margins.left * PT_PER_MM;
    if (!first || Math.abs(first.y - label.y) > 0.5 || Math.abs(label.x - left) > 0.5) {
      return find(ctx, "R-RCPT-1", detail("recipients", '"Nơi nhận:" không ở lề trái hoặc không ngang dòng chữ ký đầu tiên', '"Nơi nhận:" is not at the margin or not level with the first signature line', `x ${f1(left)}, y ${first ? f1(first.y) : "?"}`, `x ${f1(label.x)}, y ${f1(label.y)}`, FIX));
    }
    return [];
  }
  return [];
}
