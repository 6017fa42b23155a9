import { allLines, detail, f1, find, PT_PER_MM, textOf, type PageContext } from "./context.js";

/** L-MARGIN-1 (R-PAGE-2): every line inside the text block; only page numbers and the ô 14 annex mark in the top margin. */
export function margins(ctx: PageContext) {
  const m = ctx.profile.page.margins;
  const out = [];
  for (const { page, line } of allLines(ctx.pages)) {
    const left = m.left * PT_PER_MM;
    const right = page.width - m.right * PT_PER_MM;
    const top = m.top * PT_PER_MM;
    const bottom = page.height - m.bottom * PT_PER_MM;
    const size = Math.max(0, ...line.spans.map((s) => s.size));
    const inside = line.x >= left - 0.5 && line.x + line.width <= right + 0.5 && line.y <= bottom + 0.5 && (line.role === "pageNumber" || line.role === "annexMark" || line.y - size * 0.7 >= top - 0.5);
    if (!inside) {
      out.push(
        ...find(
          ctx,
          "L-MARGIN-1",
          detail(line.source, `dòng "${textOf(line).slice(0, 40)}" ra ngoài lề (trang ${page.index + 1})`, `line "${textOf(line).slice(0, 40)}" runs past the margins (page ${page.index + 1})`, `x ${f1(left)}–${f1(right)} pt, y ${f1(top)}–${f1(bottom)} pt`, `x ${f1(line.x)}–${f1(line.x + line.width)} pt, y ${f1(line.y)} pt`, "Báo lỗi cho nhóm phát triển vanban"),
        ),
      );
    }
  }
  return out;
}
