import type { Content } from "pdfmake/interfaces.js";
import { isCongVan, kindName } from "../../model/kinds.js";
import { upperVi } from "../../text/case.js";
import { lineEnd } from "../../text/punctuation.js";
import { centredRule, style, textProps, TIGHT_LAYOUT, type RenderContext } from "./context.js";

/** The type name, the subject, and the short rule (or the party's "-----") under it. */
export function titleBlock(ctx: RenderContext): Content[] {
  const { doc, profile } = ctx;
  if (isCongVan(doc.kind)) return []; // R-VV-1: a công văn has no type-name line; its V/v sits under the number.
  const subjectStyle = style(ctx, "subject");
  const out: Content[] = [
    {
      text: upperVi(kindName(doc.kind)),
      ...textProps(style(ctx, "kindName")),
      alignment: "center",
      margin: [0, profile.title.gapBeforePt, 0, 0],
    },
    { text: doc.subject, ...textProps(subjectStyle), alignment: "center" },
  ];
  const mark = profile.title.subjectMark;
  if (mark.kind === "rule") {
    // R-TITLE-1: 1/3 to 1/2 of the subject's width; a wrapped subject counts as one full line.
    const width = Math.min(ctx.textWidth, ctx.measure.width(doc.subject, subjectStyle));
    out.push(centredRule(ctx, ctx.textWidth, width * mark.ratio, 4));
  } else {
    out.push({ text: mark.text, ...textProps(subjectStyle), alignment: "center" });
  }
  return out;
}

/**
 * "Kính gửi:" (spec §6.1): one recipient on the label's line; several on lines of their own
 * with dashes aligned under the colon, ";" after each and "." after the last, centred as a block.
 */
export function kinhGuiBlock(ctx: RenderContext): Content[] {
  const items = ctx.doc.kinhGui;
  if (!items?.length) return [];
  const cfg = ctx.profile.kinhGui;
  const s = style(ctx, "kinhGui");
  const props = textProps(s);
  const margin: [number, number, number, number] = [0, ctx.profile.title.gapAfterPt, 0, 0];
  if (items.length === 1) {
    return [{ text: `${cfg.label} ${items[0]!.trim()}${cfg.last}`, ...props, alignment: "center", margin }];
  }
  const lines = items.map((name, i) => `${cfg.itemPrefix}${name.trim()}${lineEnd(i, items.length, cfg.separator, cfg.last)}`);
  const labelWidth = ctx.measure.width(`${cfg.label} `, s);
  const widest = Math.max(...lines.map((l) => ctx.measure.width(l, s)));
  const itemsWidth = Math.min(widest + 1, ctx.textWidth - labelWidth);
  const offset = Math.max(0, (ctx.textWidth - labelWidth - itemsWidth) / 2);
  // The dashes start under the colon: the items column begins where "Kính gửi" ends.
  const colonX = ctx.measure.width(cfg.label.replace(/:$/, ""), s);
  const body = cfg.firstOnLabelLine
    ? lines.map((l, i) => [{ text: i === 0 ? cfg.label : "", ...props }, { text: l, ...props }])
    : [[{ text: cfg.label, ...props, colSpan: 2 }, { text: "" }], ...lines.map((l) => [{ text: "", ...props }, { text: l, ...props }])];
  return [
    {
      table: { widths: [cfg.firstOnLabelLine ? labelWidth : colonX, itemsWidth], body },
      layout: TIGHT_LAYOUT,
      margin: [offset, margin[1], 0, 0],
    },
  ];
}
