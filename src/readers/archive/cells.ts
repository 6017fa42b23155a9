import { isNumberLine, splitNumberLine } from "./number-line.js";
import { makeLine, type ArchiveLine } from "./lines.js";

// Markdown table separator cells: "---", ":---:".
const TABLE_RULE = /^:?-{3,}:?$/u;
// A row of the two-column header or closing band serialised on one line: cells joined by "|"
// (always a cell boundary), or by a tab or a wide run of spaces (only when every piece reads
// as a cell of its own: OCR also leaves tabs and wide gaps inside a single line).
// Spaces before the bar only from the start of their run: the same cuts as /\s*\|\s*/u in
// linear time (that one rescans a long run of spaces from each of its positions; issue 14).
const PIPE = /(?:(?<!\s)\s+)?\|\s*/u;
const GAP = /\t+|[ \u00A0]{3,}/u;

function split(raw: string, separator: RegExp): string[] {
  return raw
    .split(separator)
    .map((c) => c.trim())
    .filter((c) => c !== "" && !TABLE_RULE.test(c));
}

/**
 * How a band reads a piece of a line: the kind of cell it is, or undefined for no cell; and
 * whether the whole line already reads as one element (then tabs and gaps inside it are kept).
 */
export interface Band {
  cellKind(cell: ArchiveLine): string | undefined;
  isWhole(line: ArchiveLine): boolean;
  /** Cuts a cell that OCR fused from two elements (the type name and the subject). */
  refine?(cell: ArchiveLine): ArchiveLine[];
}

/**
 * The cells of one line of the header or closing band. A line of a single cell comes back
 * as is; "Số: 60/HD-LĐLĐ Lai Châu, ngày 01 tháng 4 năm 2022" (number and date fused by OCR)
 * comes back as its two cells. A cut at a tab or a wide gap is kept only when every piece is
 * a cell and the pieces are of at least two kinds ("TỈNH ỦY …" + "ĐẢNG CỘNG SẢN VIỆT NAM").
 */
export function cellsOf(l: ArchiveLine, band: Band): ArchiveLine[] {
  let cache = cellCache.get(band);
  if (!cache) cellCache.set(band, (cache = new WeakMap()));
  let cells = cache.get(l);
  if (!cells) cache.set(l, (cells = cut(l, band)));
  return cells;
}

// Lines are cut more than once (to find where a region starts, then to read it).
const cellCache = new WeakMap<Band, WeakMap<ArchiveLine, ArchiveLine[]>>();

function cut(l: ArchiveLine, band: Band): ArchiveLine[] {
  let cells = [l];
  if (PIPE.test(l.raw)) cells = split(l.raw, PIPE).map((p) => makeLine(l.line, p));
  else if (GAP.test(l.raw.trim()) && !band.isWhole(l)) {
    const pieces = split(l.raw, GAP).map((p) => makeLine(l.line, p));
    const kinds = pieces.map((p) => band.cellKind(p));
    if (pieces.length > 1 && kinds.every((k) => k !== undefined) && new Set(kinds).size > 1) cells = pieces;
  }
  cells = cells.flatMap(splitNumberAndRest).flatMap(splitNationalTitle);
  return band.refine ? cells.flatMap(band.refine) : cells;
}

/** The national title or the motto, anywhere in a folded line. */
export const NATIONAL_TITLE = /\bcong hoa xa hoi chu nghia viet nam|\bdoc lap\s*[-–—]\s*tu do\s*[-–—]\s*hanh phuc/u;
/** The national title or the motto closing a line, marks after it aside (folded). */
const NATIONAL_AT_END = new RegExp(`(?:${NATIONAL_TITLE.source})[^\\p{L}\\p{N}]*$`, "u");

// "UBND TỈNH THÁI NGUYÊN. CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ NỘI VỤ Độc lập - Tự do - Hạnh
// phúc": the header's two columns read as one line (OCR, no gap between them). No issuer's line
// ends with the national title (an embassy's names a place after it) or the motto, so what
// stands before it is a cell of its own.
function splitNationalTitle(l: ArchiveLine): ArchiveLine[] {
  const at = NATIONAL_AT_END.exec(l.folded)?.index;
  // Folding keeps a Vietnamese line's length (one letter, one letter), so the index holds in `plain`.
  if (!at || l.folded.length !== l.plain.length) return [l];
  const before = l.plain.slice(0, at).replace(/[^\p{L}\p{N})]+$/u, "");
  return /\p{L}/u.test(before) ? [makeLine(l.line, before), makeLine(l.line, l.plain.slice(at))] : [l];
}

// "Số: 60/HD - LĐLĐ Lai Châu, ngày …", "Số: 15/QĐ-UBND TP. Hồ Chí Minh, ngày …": the symbol
// ends at the first space that is not next to "/" or "-"; what follows is a cell of its own
// (the header reads it, or keeps it as an unplaced line with a warning).
function splitNumberAndRest(l: ArchiveLine): ArchiveLine[] {
  if (!isNumberLine(l)) return [l];
  const parts = splitNumberLine(l);
  return parts ? parts.map((p) => makeLine(l.line, p)) : [l];
}
