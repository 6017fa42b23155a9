import { AlignmentType, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from "docx";
import { mm, type Fonts, type PageBox } from "../../layout/geometry.js";
import { bandSlices } from "../../layout/flow/band.js";
import type { Style } from "../../layout/schema.js";
import type { Printed, PrintedText } from "../../realize/printed.js";
import { groupBySource, linesParagraph, NO_BORDERS, NO_CELL_MARGINS, type Area } from "./blocks.js";
import { runsOf, runsOfLines } from "./runs.js";
import { ascentOf, singleLine, twip } from "./units.js";

/** Space above the band, as the PDF's (flow/band.ts). */
const BAND_GAP = 6;

/**
 * The closing band (spec §2.1, §5, §6.2) as a borderless two-column table whose one row cannot
 * split (L-BAND-1); the body's last paragraph keeps with it (Word's "keep with next"), so the band
 * comes with the body's last lines. "Nơi nhận:" sits on the first signature line's baseline
 * (R-RCPT-1): each is set at its face's own height, the smaller ascent gets the difference above.
 * The signature lines are broken where the PDF balanced them; recipient lines wrap in Word.
 */
export function closingTable(printed: Printed, box: PageBox, fonts: Fonts): Table {
  const profile = printed.profile;
  const el = profile.elements;
  const c = printed.closing;
  const leftWidth = (box.textWidth * profile.columns.closingLeftPercent) / 100;
  const rightWidth = box.textWidth - leftWidth;
  const rightArea: Area = { left: box.left + leftWidth, right: box.left + box.textWidth };
  const [band] = bandSlices(c, profile, box, fonts, Number.POSITIVE_INFINITY);
  const signatureRoles = new Set(["signatureAuthority", "signatureTitle", "signerName"]);
  const rightLines = band!.lines.filter((l) => signatureRoles.has(l.role) && l.x >= rightArea.left - 0.5);
  const groups = groupBySource(rightLines);

  const labelAscent = ascentOf(fonts, el.recipientsLabel, el.recipientsLabel.size);
  const firstStyle = el[c.signatureLines[0]!.style];
  const sigAscent = ascentOf(fonts, firstStyle, firstStyle.size);
  const baseline = Math.max(labelAscent, sigAscent);

  const right = groups.map((lines, i) => {
    const role = lines[0]!.role as "signerName";
    const isName = i === groups.length - 1;
    const after = i === groups.length - 2 ? mm(c.signatureSpaceMm) : 0;
    return linesParagraph(lines, runsOfLines(lines), rightArea, fonts, el[role], { before: i === 0 ? BAND_GAP + baseline - sigAscent : 0, after, keepNext: !isName });
  });

  const leftLine = (t: PrintedText, style: Style, align: "left" | "right" = "left", before = 0) =>
    new Paragraph({
      children: runsOf(t, style),
      alignment: align === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
      spacing: { before: twip(before), after: 0, ...singleLine(fonts, style, style.size) },
      keepNext: true,
    });
  const left = [leftLine(c.label, el.recipientsLabel, "left", BAND_GAP + baseline - labelAscent)];
  for (const r of c.recipients) {
    if (r.kind === "line") left.push(leftLine(r.text, el.recipients));
    else {
      for (const l of r.lines) left.push(leftLine(l, el.recipients));
      left.push(leftLine(r.note, el.recipients, "right"));
    }
  }
  left.push(leftLine(c.archive, el.recipients));

  const cell = (children: Paragraph[], width: number) =>
    new TableCell({ children, width: { size: twip(width), type: WidthType.DXA }, margins: NO_CELL_MARGINS, verticalAlign: VerticalAlignTable.TOP });
  return new Table({
    rows: [new TableRow({ children: [cell(left, leftWidth), cell(right, rightWidth)], cantSplit: true })],
    width: { size: twip(box.textWidth), type: WidthType.DXA },
    columnWidths: [twip(leftWidth), twip(rightWidth)],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: NO_CELL_MARGINS,
    indent: { size: 0, type: WidthType.DXA },
  });
}
