import type { Run } from "../../model/document.js";
import { foldVi } from "../archive/lines.js";
import { runsToMarkdown, type Extracted, type ReaderNote } from "../extracted.js";
import { PdfReadError, readPdfItems, type PdfItem, type PdfPage } from "./text-items.js";

export { PdfReadError };

/** A run of items on one baseline with no wide gap inside: a cell of a band, or a line of text. */
interface Segment {
  x: number;
  x2: number;
  runs: Run[];
}

interface Line {
  page: number;
  y: number;
  x: number;
  x2: number;
  size: number;
  /** The smallest type size on the line (the number beside a larger date). */
  minSize: number;
  segments: Segment[];
}

const isSpace = (s: string) => s.trim() === "";

/** The space between two runs, styled like both when they share a style, so that emphasis spans it. */
function space(before: Run | undefined, after: Run | undefined): Run {
  const run: Run = { text: " " };
  if (before?.bold && after?.bold) run.bold = true;
  if (before?.italic && after?.italic) run.italic = true;
  return run;
}

/** Runs of several pieces joined with a space between each two. */
function joinRuns(pieces: readonly (readonly Run[])[]): Run[] {
  const out: Run[] = [];
  for (const p of pieces) {
    if (p.length === 0) continue;
    if (out.length) out.push(space(out[out.length - 1], p[0]));
    out.push(...p);
  }
  return out;
}
const isMarksOnly = (s: string) => /^\p{M}+$/u.test(s);

/** Items on one baseline, left to right: near baselines (within a third of the size) are one line. */
function baselines(items: readonly PdfItem[]): PdfItem[][] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  for (const item of sorted) {
    const line = groups[groups.length - 1];
    if (line && Math.abs(line[0]!.y - item.y) < Math.max(2, line[0]!.size * 0.35)) line.push(item);
    else groups.push([item]);
  }
  return groups.map((g) => g.sort((a, b) => a.x - b.x));
}

// Advance widths of Times (its standard metrics, per 1000 em), for placing each character of a
// text item along the item's width: only the proportions matter, and official documents are set
// in Times or a font with its metrics.
const TIMES: Record<string, number> = {
  " ": 250, a: 444, b: 500, c: 444, d: 500, e: 444, f: 333, g: 500, h: 500, i: 278, j: 278, k: 500, l: 278, m: 778,
  n: 500, o: 500, p: 500, q: 500, r: 333, s: 389, t: 278, u: 500, v: 500, w: 722, x: 500, y: 500, z: 444,
  A: 722, B: 667, C: 667, D: 722, E: 611, F: 556, G: 722, H: 722, I: 333, J: 389, K: 722, L: 611, M: 889,
  N: 722, O: 722, P: 556, Q: 722, R: 667, S: 556, T: 611, U: 722, V: 722, W: 944, X: 722, Y: 722, Z: 611,
  ".": 250, ",": 250, ":": 278, ";": 278, "-": 333, "/": 278, "(": 333, ")": 333, "'": 180, '"': 408,
};
const advance = (ch: string): number => {
  if (/\p{M}/u.test(ch)) return 0;
  const base = ch === "đ" ? "d" : ch === "Đ" ? "D" : ch === "ư" ? "u" : ch === "Ư" ? "U" : ch === "ơ" ? "o" : ch === "Ơ" ? "O" : ch.normalize("NFD").charAt(0);
  return TIMES[base] ?? 500;
};

/** One character of a text item, placed by sharing the item's width among its characters as Times would. */
interface Glyph {
  ch: string;
  x: number;
  x2: number;
  size: number;
  bold: boolean;
  italic: boolean;
  item: number;
}

/**
 * A baseline's items as characters in left-to-right order. Writers that split a font into
 * subsets draw a line as several items that interleave: one item holds "T NH" with a space where
 * another item, in another subset, draws "Ỉ". A space that a visible character of another item
 * covers is that character's place, and goes.
 */
function glyphsOf(row: readonly PdfItem[]): Glyph[] {
  const all: Glyph[] = [];
  row.forEach((it, item) => {
    const chars = [...it.str];
    const advances = chars.map(advance);
    const scale = it.width / Math.max(1, advances.reduce((a, b) => a + b, 0));
    let x = it.x;
    chars.forEach((ch, i) => {
      const x2 = x + advances[i]! * scale;
      all.push({ ch, x, x2, size: it.size, bold: it.bold, italic: it.italic, item });
      x = x2;
    });
  });
  const visible = all.filter((g) => !isSpace(g.ch)).sort((a, b) => a.x - b.x);
  const widest = Math.max(0, ...visible.map((g) => g.x2 - g.x));
  const covered = (g: Glyph) => {
    // The first visible glyph that may reach into g: binary search on x, then a short scan.
    let lo = 0;
    let hi = visible.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (visible[mid]!.x < g.x - widest) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < visible.length && visible[k]!.x < g.x2 - 0.5; k++) {
      const v = visible[k]!;
      if (v.item !== g.item && v.x2 > g.x + 0.5) return true;
    }
    return false;
  };
  return all.filter((g) => !isSpace(g.ch) || !covered(g)).sort((a, b) => a.x - b.x || a.item - b.item);
}

/**
 * One baseline's characters as segments: a gap wider than `columnGap` times the size starts a
 * new segment (the two columns of a band); a smaller visible gap is a space between words; free
 * combining marks belong to the letter before them.
 */
function segmentsOf(row: readonly PdfItem[], columnGap: number): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | undefined;
  let end = -Infinity;
  const append = (g: { ch: string; bold: boolean; italic: boolean }) => {
    const last = current!.runs[current!.runs.length - 1];
    if (last && !!last.bold === g.bold && !!last.italic === g.italic) last.text += g.ch;
    else {
      const run: Run = { text: g.ch };
      if (g.bold) run.bold = true;
      if (g.italic) run.italic = true;
      current!.runs.push(run);
    }
  };
  for (const g of glyphsOf(row)) {
    if (isSpace(g.ch)) {
      if (current) append({ ...g, ch: " " });
      continue;
    }
    const gap = g.x - end;
    if (!current || gap > g.size * columnGap) {
      current = { x: g.x, x2: g.x2, runs: [] };
      segments.push(current);
    } else if (gap > g.size * 0.15 && !isMarksOnly(g.ch)) {
      const last = current.runs[current.runs.length - 1];
      if (last && !last.text.endsWith(" ")) append({ ch: " ", bold: g.bold && !!last.bold, italic: g.italic && !!last.italic });
    }
    append(g);
    current.x2 = Math.max(current.x2, g.x2);
    end = Math.max(end, g.x2);
  }
  for (const s of segments) s.runs = s.runs.map((r) => ({ ...r, text: r.text.normalize("NFC") }));
  return segments;
}

function linesOf(page: PdfPage): Line[] {
  const out: Line[] = [];
  for (const row of baselines(page.items)) {
    const segments = segmentsOf(row, 1.5);
    if (segments.length === 0) continue;
    out.push({
      page: page.number,
      y: row[0]!.y,
      x: segments[0]!.x,
      x2: segments[segments.length - 1]!.x2,
      size: Math.max(...row.map((i) => i.size)),
      minSize: Math.min(...row.filter((i) => !isSpace(i.str)).map((i) => i.size)),
      segments,
    });
  }
  return out;
}

const textOf = (runs: readonly Run[]) => runsToMarkdown(runs).replace(/\s+/gu, " ").trim();
const plainOf = (l: Line) => l.segments.map((s) => s.runs.map((r) => r.text).join("")).join(" ");
const center = (a: { x: number; x2: number }) => (a.x + a.x2) / 2;

/** The text block's edges: the most common left edge of lines, and the right edge of full lines. */
function textFrame(lines: readonly Line[]): { left: number; right: number } {
  const counts = new Map<number, number>();
  for (const l of lines) counts.set(Math.round(l.x), (counts.get(Math.round(l.x)) ?? 0) + 1);
  const left = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  const rights = lines.map((l) => l.x2).sort((a, b) => a - b);
  const right = rights[Math.floor(rights.length * 0.9)] ?? left + 1;
  return { left, right: Math.max(right, left + 1) };
}

interface Columns {
  split: number;
  leftCenter: number;
  rightCenter: number;
  pageCenter: number;
}

/** Where a band splits into its two columns: between the cells of its two-cell lines, else mid-page. */
function columnsOf(lines: readonly Line[], frame: { left: number; right: number }): Columns {
  const gaps = lines.filter((l) => l.segments.length === 2).map((l) => (l.segments[0]!.x2 + l.segments[1]!.x) / 2).sort((a, b) => a - b);
  const pageCenter = (frame.left + frame.right) / 2;
  const split = gaps.length ? gaps[Math.floor(gaps.length / 2)]! : pageCenter;
  return { split, leftCenter: (frame.left + split) / 2, rightCenter: (split + frame.right) / 2, pageCenter };
}

/**
 * The first lines down to the first one that crosses the middle of the page in one piece (the
 * title, the body's first line): those that can hold the header's two columns. A body line below
 * it with a gap in it (a speck OCR read as a letter, "Việt Nam N trong tình hình mới") must not
 * move the header's split (scan 24 of the OCR sweep: to 403 pt, past the right column's start).
 */
function aboveTitle(lines: readonly Line[], frame: { left: number; right: number }): Line[] {
  const middle = (frame.left + frame.right) / 2;
  const crosses = (l: Line) => l.segments.length === 1 && l.segments[0]!.x < middle - l.size && l.segments[0]!.x2 > middle + l.size;
  const end = lines.findIndex(crosses);
  return end < 0 ? [...lines] : lines.slice(0, end);
}

/** Which column of a band a segment stands in, or undefined when it spans the split or is centred on the page. */
function sideOf(s: { x: number; x2: number }, c: Columns, size: number): "left" | "right" | undefined {
  const m = center(s);
  if (s.x2 <= c.split + size && Math.abs(m - c.leftCenter) < Math.abs(m - c.pageCenter)) return "left";
  if (s.x >= c.split - size && Math.abs(m - c.rightCenter) < Math.abs(m - c.pageCenter)) return "right";
  return undefined;
}

/** The line's segments by column, or undefined when the line is not a band line. */
function bandCells(l: Line, c: Columns): { left: Segment[]; right: Segment[] } | undefined {
  const left: Segment[] = [];
  const right: Segment[] = [];
  for (const s of l.segments) {
    const side = sideOf(s, c, l.size);
    if (!side) return undefined;
    (side === "left" ? left : right).push(s);
  }
  return { left, right };
}

const MARKS = /^(?:MẬT|TỐI MẬT|TUYỆT MẬT|KHẨN|THƯỢNG KHẨN|HỎA TỐC|HOẢ TỐC)$/u;

/** Whether the last line of the left column so far is (the start of) the V/v summary. */
function isVvTail(left: readonly string[]): boolean {
  const at = left.findIndex((t) => /^\*?V\/v(?:\s|$)/u.test(t));
  return at >= 0 && at === left.length - 1;
}

const joinSegments = (segments: readonly Segment[]) => textOf(joinRuns(segments.map((s) => s.runs)));

/** A band's lines as the archive reader wants them: the left column's lines, then the right column's. */
function emitBand(lines: readonly Line[], c: Columns, out: string[], header = false): void {
  const left: string[] = [];
  const right: string[] = [];
  const leftEdge = Math.min(...lines.map((l) => l.x));
  for (const l of lines) {
    const cells = bandCells(l, c)!;
    // A parenthesised note standing apart in the left column is the note of a braced group of
    // recipients: written as the archive reader's "- } (note)" line.
    const notes = cells.left.filter((s) => s.x > leftEdge + l.size * 2 && /^\(.*\)$/u.test(joinSegments([s]).replace(/\*/gu, "")));
    const rest = cells.left.filter((s) => !notes.includes(s));
    if (rest.length) {
      const text = joinSegments(rest);
      const previous = left[left.length - 1];
      // A recipient wrapped in its narrow column: the line goes on the item above it.
      // (A secrecy or urgency mark under the V/v is its own element.)
      if (previous !== undefined && isVvTail(left) && !/^[-+]\s/u.test(text) && !MARKS.test(text.replace(/\*/gu, ""))) {
        // The V/v summary is the last element of its column: what follows it there is its wrapped text.
        left[left.length - 1] = `${previous} ${text}`;
      } else if (previous !== undefined && /^[-+]\s/u.test(previous) && !/[;.:]$/u.test(previous) && !/^[-+*(]|^\p{Lu}\p{Ll}*\s*(?:nhận|gửi)/u.test(text) && /^\p{Ll}/u.test(text.replace(/^\*+/u, ""))) {
        left[left.length - 1] = `${previous} ${text}`;
      } else left.push(text);
    }
    for (const n of notes) left.push(`- } ${joinSegments([n]).replace(/\*/gu, "")}`);
    if (cells.right.length) right.push(joinSegments(cells.right));
  }
  if (header) summaryAsVv(left);
  out.push(...left, ...right, "");
}

/**
 * A công văn's summary printed in italics under the number without its "V/v" (the Party's
 * form): the lines are one summary, written with the "V/v" the archive reader knows it by.
 */
function summaryAsVv(left: string[]): void {
  const number = left.findIndex((t) => /^so\s*[:\d]/u.test(foldVi(t.replace(/\*/gu, "").trim())));
  if (number < 0 || number === left.length - 1) return;
  const rest = left.slice(number + 1);
  if (!rest.every((t) => /^\*[^*].*[^*]\*$/u.test(t.trim()) && !/^\*?V\/v/u.test(t))) return;
  left.splice(number + 1, rest.length, `V/v ${rest.map((t) => t.trim().slice(1, -1)).join(" ")}`);
}

// The closing band opens with "Nơi nhận" or a signing authority.
const CLOSING_CUE = /^(?:noi nhan|t\s*[/.]?\s*m\b|k\s*[/.]?\s*t\b|tuq\b|q\s*\.|thua lenh|thua uy quyen)/u;
// A page number alone at the top or the foot of a page.
const PAGE_NUMBER = /^(?:-\s*)?\d{1,3}(?:\s*-)?$/u;

/**
 * Body lines as paragraphs, from the geometry: a paragraph starts at an indented line, after a
 * short line (the last of its paragraph), after a wider vertical gap, or at a centred line.
 */
function emitBody(lines: readonly Line[], frame: { left: number; right: number }, out: string[]): void {
  const pitches = lines.slice(1).map((l, i) => (l.page === lines[i]!.page ? l.y - lines[i]!.y : 0)).filter((d) => d > 0).sort((a, b) => a - b);
  const pitch = pitches[Math.floor(pitches.length / 4)] ?? Infinity;
  const pageCenter = (frame.left + frame.right) / 2;
  let current: Run[] | undefined;
  let previous: Line | undefined;
  const flush = () => {
    if (current) out.push(textOf(current));
    current = undefined;
  };
  for (const l of lines) {
    const runs = joinRuns(l.segments.map((s) => s.runs));
    const indented = l.x > frame.left + l.size * 0.5;
    const centred = indented && Math.abs(center(l) - pageCenter) < l.size && l.x2 < frame.right - l.size;
    const afterShort = previous !== undefined && previous.x2 < frame.right - l.size * 1.5;
    const afterGap = previous !== undefined && previous.page === l.page && l.y - previous.y > pitch * 1.3;
    const afterCentred = previous !== undefined && isCentred(previous, frame);
    if (!current || indented || centred || afterShort || afterGap || afterCentred) {
      flush();
      // A wider gap, or the end of centred lines (type name, subject), is written as an empty
      // line: the subject ends there, whatever the next line looks like.
      if (afterGap || (afterCentred && !centred)) out.push("");
      current = [...runs];
    } else current = joinRuns([current, runs]);
    previous = l;
  }
  flush();
}

function isCentred(l: Line, frame: { left: number; right: number }): boolean {
  return l.x > frame.left + l.size * 0.5 && Math.abs(center(l) - (frame.left + frame.right) / 2) < l.size && l.x2 < frame.right - l.size;
}

/** Pages that carry no text at all: scans, until OCR reads them. */
export const scannedPages = (pages: readonly PdfPage[]): number[] => pages.filter((p) => p.items.every((i) => isSpace(i.str))).map((p) => p.number);

/**
 * Reads a PDF's text layer into lines for the archive reader, from the positions of the text
 * alone: the header band (issuer | national title, number | date) and the closing band
 * (Nơi nhận | signature) are split into their columns where their two cells stand apart, and
 * the body's lines are joined into paragraphs. A page without text is a scan that needs OCR:
 * named in the errors, never read as an empty page.
 */
export async function readPdf(bytes: Uint8Array): Promise<Extracted> {
  const pages = await readPdfItems(bytes);
  const scanned = scannedPages(pages);
  if (scanned.length === pages.length) {
    const which = pages.length === 1 ? "1" : `1–${pages.length}`;
    throw new PdfReadError({
      vi: `PDF không có lớp chữ (bản quét, cần OCR): trang ${which}`,
      en: `the PDF has no text layer (scanned, needs OCR): page${pages.length === 1 ? "" : "s"} ${which}`,
    });
  }
  const result = layoutPages(pages);
  if (scanned.length) {
    result.errors = scanned.map((n) => ({
      path: `(page ${n})`,
      vi: `trang ${n} không có lớp chữ (bản quét, cần OCR)`,
      en: `page ${n} has no text layer (scanned, needs OCR)`,
    }));
  }
  return result;
}

/**
 * Pages of positioned text (a text layer, or OCR's words) as the archive reader's lines: the
 * header band, the body's paragraphs and the closing band, from the positions alone.
 */
export function layoutPages(pages: readonly PdfPage[]): Extracted {
  let lines = pages.flatMap(linesOf);
  lines = lines.filter((l) => {
    const page = pages[l.page - 1]!;
    const atEdge = l.y < page.height * 0.12 || l.y > page.height * 0.9;
    return !(atEdge && PAGE_NUMBER.test(plainOf(l).trim()));
  });
  // Each page size has its own text frame (an annex may be landscape); page 1's is the document's.
  const frames = new Map<number, { left: number; right: number }>();
  for (const width of new Set(pages.map((p) => Math.round(p.width)))) {
    const same = lines.filter((l) => Math.round(pages[l.page - 1]!.width) === width);
    const f = textFrame(same);
    for (const p of pages) if (Math.round(p.width) === width) frames.set(p.number, f);
  }
  const frame = frames.get(lines[0]?.page ?? 1) ?? textFrame(lines);
  const out: string[] = [];
  const notes: ReaderNote[] = [];

  // Header band: from the top of the first page while lines stand in one of the two columns.
  const firstPage = lines.filter((l) => l.page === lines[0]?.page);
  const headerColumns = columnsOf(aboveTitle(firstPage.slice(0, 12), frame), frame);
  let headerEnd = 0;
  // "Kính gửi:" opens the text below the header even when it stands in the left column.
  const opensText = (l: Line) => /^(?:[-–—]\s*)?kinh gui/u.test(foldVi(plainOf(l).replace(/\*/gu, "").trim()));
  // The band's lines stand close; a wider gap (the space before the body) ends it even when the
  // next line is short enough to sit in one column (a heading under a long V/v).
  // Under the number, only the V/v summary goes on in the band, in the number's type size: a line
  // in another size is the body's first line, however close it stands.
  let closest = Infinity;
  let numberSize: number | undefined;
  while (headerEnd < firstPage.length && !opensText(firstPage[headerEnd]!) && bandCells(firstPage[headerEnd]!, headerColumns)) {
    const line = firstPage[headerEnd]!;
    const gap = headerEnd > 0 ? line.y - firstPage[headerEnd - 1]!.y : 0;
    if (headerEnd > 1 && gap > Math.max(closest * 2.2, line.size * 1.8)) break;
    const italic = line.segments.every((s) => s.runs.every((r) => r.italic || r.text.trim() === ""));
    if (numberSize !== undefined && line.segments.length === 1 && !italic && Math.abs(line.size - numberSize) > 0.6) break;
    const numberSegment = line.segments.find((s) => /^so\s*[:\d]/u.test(foldVi(s.runs.map((r) => r.text).join("").replace(/\*/gu, "").trim())));
    if (numberSegment) numberSize = line.minSize;
    if (gap > 0) closest = Math.min(closest, gap);
    headerEnd++;
  }
  emitBand(lines.slice(0, headerEnd), headerColumns, out, true);

  // Closing band: from the first "Nơi nhận" or authority line after which every line stands in
  // one of two columns (split where the band's two-cell lines part, never by a body line).
  let closingStart = lines.length;
  let closingColumns = columnsOf([], frame);
  let closingEnd = lines.length;
  for (let i = headerEnd; i < lines.length; i++) {
    const cue = lines[i]!.segments.some((seg) => CLOSING_CUE.test(foldVi(seg.runs.map((r) => r.text).join("").replace(/\*/gu, "").trim())));
    if (!cue) continue;
    const pageFrame = frames.get(lines[i]!.page) ?? frame;
    // The band is kept on one page: it runs to the end of its page; later pages (annexes) are not part of it.
    let end = i;
    while (end < lines.length && lines[end]!.page === lines[i]!.page) end++;
    const band = lines.slice(i, end);
    const pageCenter = (pageFrame.left + pageFrame.right) / 2;
    const columns = columnsOf(band.filter((l) => l.segments.length === 2 && center(l.segments[1]!) > pageCenter), pageFrame);
    if (!band.every((l) => bandCells(l, columns))) continue;
    closingStart = i;
    closingEnd = end;
    closingColumns = columns;
    break;
  }
  emitBody(lines.slice(headerEnd, closingStart), frame, out);
  // Pages after the closing band (annexes) are not read into the model yet: their text is kept,
  // before the band so that it stays text of the body, with a note.
  if (closingEnd < lines.length) {
    notes.push({ code: "pdf-after-closing", vi: "có trang sau phần ký (phụ lục?): giữ như văn bản thường cuối nội dung", en: "pages after the signature (annexes?): kept as plain text at the end of the body" });
    out.push("");
    emitBody(lines.slice(closingEnd), frames.get(lines[closingEnd]!.page) ?? frame, out);
  }
  if (closingStart < lines.length) {
    out.push("");
    emitBand(lines.slice(closingStart, closingEnd), closingColumns, out);
  }

  // Bases are set in italics (R-BODY-4): an upright "Căn cứ …" paragraph is no basis.
  return { text: out.join("\n"), tables: [], notes, laidOut: true, italicBases: true };
}
