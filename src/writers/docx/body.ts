import { AlignmentType, BorderStyle, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from "docx";
import type { Fonts, PageBox } from "../../layout/geometry.js";
import { tableSlices } from "../../layout/flow/table.js";
import type { Profile } from "../../layout/schema.js";
import type { Alignment, PrintedBlock, PrintedParagraph, PrintedTable } from "../../realize/printed.js";
import { runsOf } from "./runs.js";
import { eighths, singleLine, twip } from "./units.js";

const ALIGN: Record<Alignment, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  justify: AlignmentType.JUSTIFIED,
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

/**
 * A body paragraph (R-BODY-1/2): justified, the first-line indent, the profile's exact line
 * spacing and space after; Word's widow control keeps 2 lines each side (L-WIDOW-1) and a title
 * line keeps with the next (L-HEAD-1). Word breaks the lines itself.
 */
export function bodyParagraph(p: PrintedParagraph, profile: Profile, keepNext = false): Paragraph {
  const style = profile.elements[p.text.style];
  return new Paragraph({
    children: runsOf(p.text, style),
    alignment: ALIGN[p.align],
    indent: { firstLine: twip(p.indent) },
    spacing: { before: twip(p.spaceBefore), after: twip(p.spaceAfter), line: twip(profile.paragraph.lineSpacingPt), lineRule: LineRuleType.EXACT },
    keepNext: p.keepWithNext || keepNext,
    widowControl: true,
  });
}

/**
 * A table (L-TABLE-1): the PDF's column widths and size (measured from the content by
 * flow/table.ts, stepped down when too wide, L-TABLE-2), header rows bold, centred and repeated on
 * each page, rows that cannot split.
 */
export function bodyTable(t: PrintedTable, profile: Profile, box: PageBox, fonts: Fonts): (Table | Paragraph)[] {
  const slices = tableSlices(t, profile, box, fonts, box.bottom - box.top);
  const xs = [...new Set(slices[0]!.rules.filter((r) => r.x1 === r.x2).map((r) => r.x1))].sort((a, b) => a - b);
  const widths = xs.slice(1).map((x, i) => x - xs[i]!);
  const size = slices.flatMap((s) => s.lines)[0]?.spans[0]?.size ?? profile.elements.table.size;
  const base = profile.elements.table;
  const pad = profile.table.paddingPt;
  const border = { style: BorderStyle.SINGLE, size: eighths(profile.table.borderPt), color: "000000" };
  const columns = widths.length;
  const rows = t.rows.map((row, r) => {
    const header = r < t.headerRows;
    const style = header ? { ...base, bold: true } : base;
    const cells = Array.from({ length: columns }, (_, c) => row[c] ?? { runs: [], style: "table" as const, source: "generated" });
    return new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map(
        (cell, c) =>
          new TableCell({
            width: { size: twip(widths[c]!), type: WidthType.DXA },
            children: [
              new Paragraph({
                children: runsOf(cell, style, size),
                alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT,
                spacing: { before: 0, after: 0, ...singleLine(fonts, style, size) },
              }),
            ],
          }),
      ),
    });
  });
  return [
    new Table({
      rows,
      width: { size: twip(widths.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
      columnWidths: widths.map(twip),
      layout: TableLayoutType.FIXED,
      borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
      margins: { top: twip(pad), bottom: twip(pad), left: twip(pad), right: twip(pad) },
      indent: { size: 0, type: WidthType.DXA },
    }),
    // The table's space after (Word needs a paragraph between a table and what follows anyway).
    new Paragraph({ children: [], spacing: { before: 0, after: 0, line: twip(Math.max(1, t.spaceAfter)), lineRule: LineRuleType.EXACT } }),
  ];
}

/** Body blocks in order; `lastKeepsNext` keeps the last paragraph with the closing band (L-BAND-1). */
export function bodyParts(blocks: PrintedBlock[], profile: Profile, box: PageBox, fonts: Fonts, lastKeepsNext: boolean): (Paragraph | Table)[] {
  return blocks.flatMap((b, i) =>
    b.type === "table" ? bodyTable(b, profile, box, fonts) : [bodyParagraph(b, profile, lastKeepsNext && i === blocks.length - 1)],
  );
}
