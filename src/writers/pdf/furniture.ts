import type { Content, DynamicContent } from "pdfmake/interfaces.js";
import { mm, style, textProps, type RenderContext } from "./context.js";

/** R-PGNUM-1: no number on page 1; from page 2 its own number, centred in the top margin. */
export function pageNumberHeader(ctx: RenderContext): DynamicContent {
  const s = style(ctx, "pageNumber");
  const { firstNumberedPage, topMm } = ctx.profile.pageNumber;
  const { left, right } = ctx.profile.page.margins;
  // Centred over the text block, like the body, not over the paper.
  return (currentPage: number) =>
    currentPage < firstNumberedPage
      ? null
      : { text: String(currentPage), ...textProps(s), alignment: "center", margin: [mm(left), mm(topMm), mm(right), 0] };
}

/** R-FOOT-1: the contact footer, page 1 only, under a full-width rule. */
export function contactFooter(ctx: RenderContext): DynamicContent | undefined {
  const lines = ctx.doc.footer;
  if (!lines?.length) return undefined;
  const { margins } = ctx.profile.page;
  const s = style(ctx, "footer");
  return (currentPage: number): Content =>
    currentPage !== 1
      ? { text: "" }
      : {
          stack: [
            { canvas: [{ type: "line", x1: 0, y1: 0, x2: ctx.textWidth, y2: 0, lineWidth: ctx.profile.header.ruleWidthPt }] },
            ...lines.map((l) => ({ text: l, ...textProps(s) })),
          ],
          margin: [mm(margins.left), 2, mm(margins.right), 0],
        };
}
