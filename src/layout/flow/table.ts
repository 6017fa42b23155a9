import type { Fonts, PageBox } from "../geometry.js";
import type { Profile, Style } from "../schema.js";
import type { Line, Rule } from "../pages.js";
import type { PrintedTable, PrintedText } from "../../realize/printed.js";
import { breakLines, type BrokenLine } from "../inline/break.js";
import { wordsOf } from "../inline/words.js";
import { layoutError, tableTooWide } from "../errors.js";
import { baselineIn, stackLines } from "./text-lines.js";
import { emptySlice, KEEP, type Slice } from "./slice.js";

const EMPTY: PrintedText = { runs: [], style: "table", source: "generated" };

/** The table's rows with every row as long as the longest (missing cells are blank). */
function grid(t: PrintedTable): PrintedText[][] {
  const columns = Math.max(...t.rows.map((r) => r.length));
  return t.rows.map((row) => [...row, ...Array.from({ length: columns - row.length }, () => EMPTY)]);
}

function cellStyle(base: Style, header: boolean): Style {
  return header ? { ...base, bold: true } : base;
}

/**
 * Column widths from their content, fitted to the text width (L-TABLE-1), as a word processor's
 * automatic table: each column's natural width (its widest cell on one line) when they all fit,
 * otherwise between its narrowest (its longest word) and its natural width in proportion. A
 * caller's widths in pt are kept; "*" columns share what is left. Returns undefined when even the
 * narrowest widths do not fit.
 */
function columnWidths(t: PrintedTable, rows: PrintedText[][], style: Style, size: number, width: number, pad: number, fonts: Fonts): number[] | undefined {
  const columns = rows[0]!.length;
  const min = new Array<number>(columns).fill(2 * pad + size);
  const max = new Array<number>(columns).fill(2 * pad + size);
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const words = wordsOf(cell, cellStyle(style, r < t.headerRows), fonts, size);
      let natural = 0;
      for (const w of words) {
        natural += w.space + w.width;
        min[c] = Math.max(min[c]!, w.width + 2 * pad);
      }
      max[c] = Math.max(max[c]!, natural + 2 * pad);
    }),
  );
  const given = t.widths ?? [];
  const fixed = (c: number) => (typeof given[c] === "number" ? (given[c] as number) : undefined);
  const star = (c: number) => given[c] === "*";
  let rest = width;
  for (let c = 0; c < columns; c++) {
    const f = fixed(c);
    if (f !== undefined) rest -= f;
  }
  const auto = [...Array(columns).keys()].filter((c) => fixed(c) === undefined);
  const sumMin = auto.reduce((s, c) => s + min[c]!, 0);
  const sumMax = auto.reduce((s, c) => s + max[c]!, 0);
  if (sumMin > rest + 1e-6) return undefined;
  const out = new Array<number>(columns).fill(0);
  for (let c = 0; c < columns; c++) if (fixed(c) !== undefined) out[c] = fixed(c)!;
  if (sumMax <= rest) {
    // Everything fits on one line: the spare room goes to "*" columns, else to all in proportion.
    const stars = auto.filter(star);
    const share = stars.length ? stars : auto;
    const shareMax = share.reduce((s, c) => s + max[c]!, 0);
    for (const c of auto) out[c] = max[c]! + (share.includes(c) ? ((rest - sumMax) * max[c]!) / shareMax : 0);
  } else {
    const k = (rest - sumMin) / (sumMax - sumMin);
    for (const c of auto) out[c] = min[c]! + (max[c]! - min[c]!) * k;
  }
  return out;
}

/**
 * A table as one slice per row (L-TABLE-1): header rows bold and centred, repeated at the top of
 * each page the table continues on; a row is never split unless it is taller than a page, and then
 * only between lines. Too wide: the size steps down to the profile's smallest table size, and past
 * that it is an error naming the table (in an annex the caller can ask for a landscape page).
 */
export function tableSlices(t: PrintedTable, profile: Profile, box: PageBox, fonts: Fonts, pageHeight: number): Slice[] {
  const base = profile.elements.table;
  const pad = profile.table.paddingPt;
  const rows = grid(t);
  let size = base.size;
  let widths = columnWidths(t, rows, base, size, box.textWidth, pad, fonts);
  while (!widths && size - 1 >= (base.min ?? base.size) - 1e-9) {
    size -= 1;
    widths = columnWidths(t, rows, base, size, box.textWidth, pad, fonts);
  }
  if (!widths) {
    throw tableTooWide(
      t.block,
      `bảng quá rộng: ${rows[0]!.length} cột không vừa ${(box.textWidth / (72 / 25.4)).toFixed(0)} mm kể cả ở cỡ chữ ${base.min ?? base.size}; hãy đặt bảng vào phụ lục khổ ngang (orientation: "landscape") hoặc bớt cột`,
      `table too wide: ${rows[0]!.length} columns do not fit ${(box.textWidth / (72 / 25.4)).toFixed(0)} mm even at ${base.min ?? base.size} pt; put it in a landscape annex (orientation: "landscape") or use fewer columns`,
    );
  }
  const lineHeight = fonts.lineHeight(fonts.styleFace(base), size);
  const border = profile.table.borderPt;
  const sized: Style = { ...base, size };
  const xs = widths.reduce<number[]>((acc, w) => [...acc, acc[acc.length - 1]! + w], [box.left]);
  const header: Slice[] = [];
  // The header rows as they are repeated on a page the table continues on (L-TABLE-1): marked, so
  // that "every string exactly once" (L-LOST-1) counts the table's own header rows only.
  let repeatedOf: Slice[] | undefined;
  const out: Slice[] = [];

  rows.forEach((row, r) => {
    const isHeader = r < t.headerRows;
    const style = cellStyle(sized, isHeader);
    const cells: BrokenLine[][] = row.map((cell, c) => {
      try {
        return breakLines(wordsOf(cell, style, fonts, size), widths![c]! - 2 * pad, widths![c]! - 2 * pad, fonts);
      } catch (e) {
        throw layoutError(cell.source, `ô bảng quá hẹp: ${(e as Error).message}`, `table cell too narrow: ${(e as Error).message}`);
      }
    });
    const tallest = Math.max(...cells.map((c) => c.length));
    // A row taller than a page (less the repeated header) is cut between lines.
    const headerHeight = header.reduce((s, h) => s + h.height, 0);
    const perChunk = Math.max(1, Math.floor((pageHeight - headerHeight - 2 * pad) / lineHeight));
    for (let from = 0; from < tallest; from += perChunk) {
      const count = Math.min(perChunk, tallest - from);
      const height = count * lineHeight + 2 * pad;
      const lines: Line[] = [];
      cells.forEach((broken, c) => {
        const part = broken.slice(from, from + count);
        const baseline = baselineIn(lineHeight, fonts, style, size);
        lines.push(...stackLines(part, { x: xs[c]! + pad, width: widths![c]! - 2 * pad, top: pad, height: lineHeight, baseline, align: isHeader ? "center" : "left", text: row[c]! }));
      });
      const right = xs[xs.length - 1]!;
      const rules: Rule[] = [
        { x1: box.left, y1: 0, x2: right, y2: 0, width: border, role: "table" },
        { x1: box.left, y1: height, x2: right, y2: height, width: border, role: "table" },
        ...xs.map((x) => ({ x1: x, y1: 0, x2: x, y2: height, width: border, role: "table" })),
      ];
      const slice: Slice = {
        ...emptySlice("body", `${t.block}.rows[${r}]`, height),
        lines: lines.filter((l) => l.spans.length > 0),
        rules,
        keep: r > 0 && (isHeader || (r === t.headerRows && from === 0)) ? KEEP.lines : KEEP.none,
      };
      if (isHeader) header.push(slice);
      else if (header.length) slice.repeat = repeatedOf ??= header.map((h) => ({ ...h, keep: KEEP.lines, lines: h.lines.map((l) => ({ ...l, role: "tableHeaderRepeat" })) }));
      out.push(slice);
    }
  });
  out[out.length - 1]!.spaceAfter = t.spaceAfter;
  return out;
}
