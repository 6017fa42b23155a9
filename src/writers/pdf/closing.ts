import type { Content, TableCell } from "pdfmake/interfaces.js";
import type { Recipient, RecipientGroup } from "../../model/document.js";
import { upperVi } from "../../text/case.js";
import { archiveLine, recipientLine } from "../../text/punctuation.js";
import { mm, style, textProps, TIGHT_LAYOUT, type RenderContext } from "./context.js";

function isGroup(item: Recipient | RecipientGroup): item is RecipientGroup {
  return "items" in item;
}

/** Nơi nhận (spec §6.2): "- name (note);" lines, then the archive line ending in ".". */
function recipientsColumn(ctx: RenderContext, alignTo: number): Content {
  const { recipients } = ctx.doc;
  const cfg = ctx.profile.recipients;
  const labelStyle = style(ctx, "recipientsLabel");
  const s = style(ctx, "recipients");
  const props = textProps(s);
  const line = (r: Recipient): string => recipientLine(cfg.itemPrefix, r.name, r.note, cfg.separator);

  const lines: Content[] = [];
  for (const item of recipients.items) {
    if (!isGroup(item)) {
      lines.push({ text: line(item), ...props });
      continue;
    }
    // A grouped note (spec §6.2): the real documents' brace becomes a bar at the right of the
    // group's lines, which keep the column's full width, and the note follows the last line.
    const rows: TableCell[][] = item.items.map((r) => [{ text: line(r), ...props }, { text: "", ...props }]);
    rows.push([{ text: `(${item.note})`, ...props, italics: true, alignment: "right", colSpan: 2 }, { text: "", ...props }]);
    lines.push({
      table: { widths: ["*", 3], body: rows },
      layout: { ...TIGHT_LAYOUT, vLineWidth: (i: number) => (i === 1 ? 0.6 : 0) },
    });
  }
  const archive = recipients.archive;
  lines.push({
    text: archiveLine(cfg.itemPrefix, cfg.archiveLabel, cfg.archiveFixed, archive.units, archive.drafter, archive.copies),
    ...props,
  });
  // R-RCPT-1: the label starts on the same line as the first signature line.
  const shift = Math.max(0, alignTo - ctx.measure.ascent(labelStyle));
  return { stack: [{ text: cfg.label, ...textProps(labelStyle), margin: [0, shift, 0, 0] }, ...lines] };
}

/** The signature block (spec §5): authority, delegation, title in caps bold; space; the name. */
function signatureColumn(ctx: RenderContext): Content {
  const sig = ctx.doc.signature;
  const authority = style(ctx, "signatureAuthority");
  const title = style(ctx, "signatureTitle");
  const name = style(ctx, "signerName");
  const lines: Content[] = [];
  for (const l of sig.authority ?? []) lines.push({ text: upperVi(l), ...textProps(authority) });
  if (sig.delegation) lines.push({ text: upperVi(sig.delegation), ...textProps(authority) });
  lines.push({ text: upperVi(sig.title), ...textProps(title) });
  lines.push({ text: sig.name, ...textProps(name), margin: [0, mm(ctx.profile.signature.spaceMm), 0, 0] });
  return { stack: lines, alignment: "center" };
}

/** The closing band: Nơi nhận on the left, signature on the right, kept on one page. */
export function closingBand(ctx: RenderContext): Content {
  const sig = ctx.doc.signature;
  const firstStyle = sig.authority?.length || sig.delegation ? style(ctx, "signatureAuthority") : style(ctx, "signatureTitle");
  return {
    table: {
      widths: [ctx.closingLeft, ctx.closingRight],
      body: [[recipientsColumn(ctx, ctx.measure.ascent(firstStyle)), signatureColumn(ctx)]],
      dontBreakRows: true,
    },
    layout: TIGHT_LAYOUT,
    margin: [0, 6, 0, 0],
  };
}
