import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TableBorders, type ParagraphChild } from "docx";
import type { Fonts, PageBox } from "../../layout/geometry.js";
import type { Line, Rule } from "../../layout/pages.js";
import type { Style } from "../../layout/schema.js";
import { eighths, halfPoints, singleLine, twip } from "./units.js";

/** No borders at all: the header and the closing band are layout tables, not ruled ones. */
export const NO_BORDERS = TableBorders.NONE;
export const NO_CELL_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 };

/** The span of a cell's text area (pt, page coordinates), to place rules and frames inside it. */
export interface Area {
  left: number;
  right: number;
}

/**
 * A rule of measured length as the bottom border of an empty paragraph whose indents leave exactly
 * that length (R-HDR-2, R-HDR-3, R-TITLE-1). A paragraph border cannot be shorter than its paragraph,
 * so the indents do it: Word, LibreOffice and Google Docs all draw a bottom border from the left
 * indent to the right indent, keep it through edits, and move it with its text — a floating drawing
 * shape would drift from the text it belongs under when the clerk edits the lines above.
 * `gap` is the space between the text above and the rule, as in the PDF.
 */
export function ruleParagraph(rule: Rule, area: Area, gap: number, extra: { keepNext?: boolean; spaceAfter?: number } = {}): Paragraph {
  return new Paragraph({
    children: [],
    indent: { left: twip(rule.x1 - area.left), right: twip(area.right - rule.x2) },
    spacing: { before: 0, after: twip(extra.spaceAfter ?? 0), line: twip(gap), lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: eighths(rule.width), color: "000000", space: 0 } },
    run: { size: 2 },
    keepNext: extra.keepNext ?? true,
  });
}

/** Lines of one text as the layout set them: centred or from their x, broken where the layout broke them. */
export function linesParagraph(
  lines: Line[],
  children: ParagraphChild[],
  area: Area,
  fonts: Fonts,
  style: Style,
  extra: { before?: number; after?: number; keepNext?: boolean; indent?: { left: number; firstLine: number } } = {},
): Paragraph {
  const first = lines[0]!;
  const size = first.spans[0]?.size ?? style.size;
  const indent = extra.indent;
  return new Paragraph({
    children,
    alignment: indent ? AlignmentType.LEFT : AlignmentType.CENTER,
    ...(indent
      ? { indent: { left: twip(indent.left - area.left), ...(indent.firstLine > 0 ? { firstLine: twip(indent.firstLine) } : indent.firstLine < 0 ? { hanging: twip(-indent.firstLine) } : {}) } }
      : {}),
    spacing: { before: twip(extra.before ?? 0), after: twip(extra.after ?? 0), ...singleLine(fonts, style, size) },
    keepNext: extra.keepNext ?? true,
    keepLines: true,
    run: { size: halfPoints(size) },
  });
}

/** Consecutive lines of one source (one printed text), in order. */
export function groupBySource(lines: Line[]): Line[][] {
  const groups: Line[][] = [];
  for (const l of lines) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.source === l.source && last[0]!.role === l.role) last.push(l);
    else groups.push([l]);
  }
  return groups;
}

export function boxArea(box: PageBox): Area {
  return { left: box.left, right: box.left + box.textWidth };
}
