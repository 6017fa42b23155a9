import type { Content, TableCell } from "pdfmake/interfaces.js";
import { isCongVan } from "../../model/kinds.js";
import { upperVi } from "../../text/case.js";
import { centredRule, mm, style, textProps, TIGHT_LAYOUT, type RenderContext } from "./context.js";
import { dateLineOf, numberLineOf } from "../../realize/symbol.js";

/** Left column, row 1: superior body (plain), issuing body (bold), then a short rule or "*". */
function issuerBlock(ctx: RenderContext): Content {
  const { issuer } = ctx.doc;
  const superior = style(ctx, "superior");
  const body = style(ctx, "issuer");
  const lines: Content[] = [];
  for (const line of issuer.superior ?? []) {
    lines.push({ text: upperVi(line), ...textProps(superior), alignment: "center" });
  }
  for (const line of issuer.body) lines.push({ text: upperVi(line), ...textProps(body), alignment: "center" });

  const mark = ctx.profile.header.issuerMark;
  if (mark.kind === "rule") {
    // R-HDR-3: 1/3 to 1/2 of the issuing body's text, measured on its widest printed line.
    const widest = Math.min(ctx.headerLeftInner, Math.max(...issuer.body.map((l) => ctx.measure.width(upperVi(l), body))));
    lines.push(centredRule(ctx, ctx.headerLeftInner, widest * mark.ratio, 2));
  } else {
    lines.push({ text: mark.text, ...textProps(body), alignment: "center" }); // P-HDR-2
  }
  return { stack: lines };
}

/** Right column, row 1: national title and motto (or the Party's name), ruled as long as the last line. */
function titleBlock(ctx: RenderContext): Content {
  const lines: Content[] = [];
  const right = ctx.profile.header.right;
  right.forEach((line) => lines.push({ text: line.text, ...textProps(style(ctx, line.element)), alignment: "center" }));
  const last = right[right.length - 1]!;
  const width = ctx.measure.width(last.text, style(ctx, last.element)); // R-HDR-2, P-HDR-1
  lines.push(centredRule(ctx, ctx.headerRight, width, 2));
  return { stack: lines };
}

/** A framed stamp (spec §2.5, boxes 10b and 11): the profile's frame size, caps bold. */
function stamp(ctx: RenderContext, text: string, urgency: boolean): Content {
  const s = style(ctx, "stamp");
  const frame = ctx.profile.stamps;
  const widthMm = urgency ? frame.urgencyWidthMm[text] : undefined;
  const width = widthMm ? mm(widthMm) : ctx.measure.width(text, s) + 12;
  const color = urgency ? frame.urgencyColor : "black";
  return {
    table: {
      widths: [width - 4],
      heights: [mm(frame.heightMm) - 2],
      body: [[{ text, ...textProps(s), color, alignment: "center", margin: [0, 2, 0, 0] }]],
    },
    layout: {
      paddingLeft: () => 2,
      paddingRight: () => 2,
      paddingTop: () => 0,
      paddingBottom: () => 0,
      hLineColor: () => color,
      vLineColor: () => color,
    },
    margin: [(ctx.headerLeftInner - width) / 2, 6, 0, 0],
  };
}

/** The two-column header band: issuer | title, number | date, and V/v and stamps under the number. */
export function headerBand(ctx: RenderContext): Content {
  const { doc, profile } = ctx;
  const numberStyle = style(ctx, "number");
  let dateStyle = style(ctx, "date");
  const dateText = dateLineOf(doc, profile);
  // The date line stays on one line: the regulation allows one point smaller (spec §2.5, box 4).
  if (ctx.measure.width(dateText, dateStyle) > ctx.headerRight) dateStyle = { ...dateStyle, size: dateStyle.size - 1 };

  // R-NUM-6: number and date share a baseline although their sizes differ.
  const shift = ctx.measure.ascent(dateStyle) - ctx.measure.ascent(numberStyle);
  const gap = profile.header.gapBeforeNumberPt;
  const numberCell: TableCell = {
    text: numberLineOf(doc, profile),
    ...textProps(numberStyle),
    alignment: "center",
    margin: [0, gap + Math.max(0, shift), 0, 0],
  };
  const dateCell: TableCell = {
    text: dateText,
    ...textProps(dateStyle),
    alignment: "center",
    margin: [0, gap + Math.max(0, -shift), 0, 0],
  };

  const under: Content[] = [];
  if (isCongVan(doc.kind)) {
    under.push({
      text: `${profile.vv.prefix}${doc.subject}`,
      ...textProps(style(ctx, "vv")),
      alignment: "center",
      margin: [0, profile.vv.gapPt, 0, 0],
    });
  }
  if (doc.urgency) under.push(stamp(ctx, doc.urgency, true));
  if (doc.circulation) under.push(stamp(ctx, doc.circulation, false));

  const body: TableCell[][] = [
    [issuerBlock(ctx), titleBlock(ctx)],
    [numberCell, dateCell],
  ];
  if (under.length) body.push([{ stack: under }, { text: "" }]);
  // The left column keeps a gutter on its right, so a long issuer never runs into the title.
  const gutter = ctx.headerLeft - ctx.headerLeftInner;
  return {
    table: { widths: [ctx.headerLeftInner, ctx.headerRight], body },
    layout: { ...TIGHT_LAYOUT, paddingRight: (i: number) => (i === 0 ? gutter : 0) },
  };
}
