import { AlignmentType, BorderStyle, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from "docx";
import type { Fonts, PageBox } from "../../layout/geometry.js";
import { headerGeometry, headerSlice } from "../../layout/flow/header.js";
import type { Frame, Line } from "../../layout/pages.js";
import type { Printed } from "../../realize/printed.js";
import { groupBySource, linesParagraph, NO_BORDERS, NO_CELL_MARGINS, ruleParagraph, type Area } from "./blocks.js";
import { runsOfLines } from "./runs.js";
import { ascentOf, eighths, singleLine, twip, wordColor } from "./units.js";
import type { Style } from "../../layout/schema.js";

const LEFT_ROLES = new Set(["superior", "issuer"]);
const RIGHT_ROLES = new Set(["nationalTitle", "motto", "partyTitle"]);
/** The gap between the text and its rule, as the PDF's header sets it (flow/header.ts). */
const RULE_GAP = 2;

/**
 * A framed stamp (R-MARK-1/2) as a paragraph with a border on each side, as wide as the PDF's frame
 * (the indents) and as tall (the text's own line, the rest split above and below it as the
 * border's padding, which Word counts in whole points).
 */
function stampParagraph(frame: Frame, line: Line | undefined, area: Area, before: number, fonts: Fonts, style: Style): Paragraph {
  const size = line?.spans[0]?.size ?? style.size;
  const text = fonts.lineHeight(fonts.styleFace(style), size);
  const pad = Math.max(0, Math.round((frame.h - text) / 2));
  const side = (space: number) => ({ style: BorderStyle.SINGLE, size: eighths(frame.width), color: wordColor(frame.color) ?? "000000", space });
  return new Paragraph({
    children: line ? runsOfLines([line]) : [],
    alignment: AlignmentType.CENTER,
    indent: { left: twip(frame.x - area.left), right: twip(area.right - frame.x - frame.w) },
    spacing: { before: twip(before), after: 0, ...singleLine(fonts, style, size) },
    border: { top: side(pad), bottom: side(pad), left: side(0), right: side(0) },
    keepNext: true,
  });
}

/**
 * The header band of page 1 (spec §2.1–2.4) as a borderless table of fixed widths: issuer block
 * with its rule or "*" | national title and motto with the rule as long as the motto; then number |
 * date in one row, the date's baseline level with the number's (R-NUM-6); V/v and stamps under the
 * number. Sizes, line breaks and rule lengths are the PDF's own (flow/header.ts measures them from
 * the font's metrics), so Word shows the header the PDF shows.
 */
export function headerParts(printed: Printed, box: PageBox, fonts: Fonts): (Paragraph | Table)[] {
  const profile = printed.profile;
  const el = profile.elements;
  const slice = headerSlice(printed.header, profile, box, fonts);
  const g = headerGeometry(profile, box);
  const leftArea: Area = { left: g.left, right: g.left + g.leftWidth };
  const rightArea: Area = { left: g.right, right: g.right + g.rightWidth };
  const out: (Paragraph | Table)[] = [];

  const frames = [...slice.frames];
  const stampLines = slice.lines.filter((l) => l.role === "stamp");
  if (printed.header.draftMark) {
    const frame = frames.shift()!;
    out.push(stampParagraph(frame, stampLines.shift(), { left: box.left, right: box.left + box.textWidth }, 0, fonts, el.stamp));
    out.push(new Paragraph({ children: [], spacing: { before: 0, after: 0, line: twip(6), lineRule: LineRuleType.EXACT }, keepNext: true }));
  }

  const leftTop = slice.lines.filter((l) => LEFT_ROLES.has(l.role) && l.y < slice.regions.find((r) => r.name === "number")!.y);
  const leftCell: Paragraph[] = groupBySource(leftTop).map((lines) => linesParagraph(lines, runsOfLines(lines), leftArea, fonts, el[lines[0]!.role as "issuer"]));
  const issuerRule = slice.rules.find((r) => r.role === "issuerRule");
  if (issuerRule) leftCell.push(ruleParagraph(issuerRule, leftArea, RULE_GAP));
  const rightCell: Paragraph[] = groupBySource(slice.lines.filter((l) => RIGHT_ROLES.has(l.role))).map((lines) =>
    linesParagraph(lines, runsOfLines(lines), rightArea, fonts, el[lines[0]!.role as "motto"]),
  );
  rightCell.push(ruleParagraph(slice.rules.find((r) => r.role === "mottoRule")!, rightArea, RULE_GAP));

  // R-NUM-6: number and date on one baseline. Both lines are single-spaced at their face's own
  // height, so the baseline is one ascent below the top: the smaller ascent gets the difference above.
  const number = slice.lines.find((l) => l.role === "number")!;
  const date = slice.lines.find((l) => l.role === "date")!;
  const numberSize = number.spans[0]?.size ?? el.number.size;
  const dateSize = date.spans[0]?.size ?? el.date.size;
  const numberAscent = ascentOf(fonts, el.number, numberSize);
  const dateAscent = ascentOf(fonts, el.date, dateSize);
  const baseline = Math.max(numberAscent, dateAscent);
  const gap = profile.header.gapBeforeNumberPt;
  const numberCell: Paragraph[] = [linesParagraph([number], runsOfLines([number]), leftArea, fonts, el.number, { before: gap + baseline - numberAscent })];
  const vv = slice.lines.filter((l) => l.role === "vv");
  if (vv.length) numberCell.push(linesParagraph(vv, runsOfLines(vv), leftArea, fonts, el.vv, { before: profile.vv.gapPt }));
  frames.forEach((frame, i) => numberCell.push(stampParagraph(frame, stampLines[i], leftArea, 6, fonts, el.stamp)));
  const dateCell = [linesParagraph([date], runsOfLines([date]), rightArea, fonts, el.date, { before: gap + baseline - dateAscent })];

  const leftOuter = g.right - g.left;
  const cell = (children: Paragraph[], width: number, gutter: number) =>
    new TableCell({
      children,
      width: { size: twip(width), type: WidthType.DXA },
      margins: { ...NO_CELL_MARGINS, right: twip(gutter) },
      verticalAlign: VerticalAlignTable.TOP,
    });
  const gutter = leftOuter - g.leftWidth;
  out.push(
    new Table({
      rows: [
        new TableRow({ children: [cell(leftCell, leftOuter, gutter), cell(rightCell, g.rightWidth, 0)], cantSplit: true }),
        new TableRow({ children: [cell(numberCell, leftOuter, gutter), cell(dateCell, g.rightWidth, 0)], cantSplit: true }),
      ],
      width: { size: twip(box.textWidth), type: WidthType.DXA },
      columnWidths: [twip(leftOuter), twip(g.rightWidth)],
      layout: TableLayoutType.FIXED,
      borders: NO_BORDERS,
      margins: NO_CELL_MARGINS,
      indent: { size: 0, type: WidthType.DXA },
    }),
  );
  return out;
}
