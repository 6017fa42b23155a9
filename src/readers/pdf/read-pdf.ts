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

/**
 * One baseline's items as segments: a gap wider than `columnGap` times the size starts a new
 * segment (the two columns of a band); a smaller visible gap is a space between words; a piece
 * of free combining marks belongs to the letter before it.
 */
function segmentsOf(row: readonly PdfItem[], columnGap: number): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | undefined;
  let end = -Infinity;
  for (const it of row) {
    if (isSpace(it.str)) continue;
    const gap = it.x - end;
    if (!current || gap > it.size * columnGap) {
      current = { x: it.x, x2: it.x + it.width, runs: [] };
      segments.push(current);
    }
    const run: Run = { text: it.str };
    if (it.bold) run.bold = true;
    if (it.italic) run.italic = true;
    if (current.runs.length && gap > it.size * 0.15 && !isMarksOnly(it.str)) current.runs.push(space(current.runs[current.runs.length - 1], run));
    current.runs.push(run);
    current.x2 = Math.max(current.x2, it.x + it.width);
    end = Math.max(end, it.x + it.width);
  }
  for (const s of segments) {
    s.runs = s.runs.map((r) => ({ ...r, text: r.text.normalize("NFC") }));
  }
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

const joinSegments = (segments: readonly Segment[]) => textOf(joinRuns(segments.map((s) => s.runs)));

/** A band's lines as the archive reader wants them: the left column's lines, then the right column's. */
function emitBand(lines: readonly Line[], c: Columns, out: string[]): void {
  const left: string[] = [];
  const right: string[] = [];
  for (const l of lines) {
    const cells = bandCells(l, c)!;
    if (cells.left.length) left.push(joinSegments(cells.left));
    if (cells.right.length) right.push(joinSegments(cells.right));
  }
  out.push(...left, ...right, "");
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
    if (!current || indented || centred || afterShort || afterGap || (previous && isCentred(previous, frame))) {
      flush();
      current = [...runs];
    } else current = joinRuns([current, runs]);
    previous = l;
  }
  flush();
}

function isCentred(l: Line, frame: { left: number; right: number }): boolean {
  return l.x > frame.left + l.size * 0.5 && Math.abs(center(l) - (frame.left + frame.right) / 2) < l.size && l.x2 < frame.right - l.size;
}

/**
 * Reads a PDF's text layer into lines for the archive reader, from the positions of the text
 * alone: the header band (issuer | national title, number | date) and the closing band
 * (Nơi nhận | signature) are split into their columns where their two cells stand apart, and
 * the body's lines are joined into paragraphs. A page without text is a scan that needs OCR:
 * named in the errors, never read as an empty page.
 */
export async function readPdf(bytes: Uint8Array): Promise<Extracted> {
  const pages = await readPdfItems(bytes);
  const scanned = pages.filter((p) => p.items.every((i) => isSpace(i.str))).map((p) => p.number);
  if (scanned.length === pages.length) {
    const which = pages.length === 1 ? "1" : `1–${pages.length}`;
    throw new PdfReadError({
      vi: `PDF không có lớp chữ (bản quét, cần OCR): trang ${which}`,
      en: `the PDF has no text layer (scanned, needs OCR): page${pages.length === 1 ? "" : "s"} ${which}`,
    });
  }
  let lines = pages.flatMap(linesOf);
  lines = lines.filter((l) => {
    const page = pages[l.page - 1]!;
    const atEdge = l.y < page.height * 0.12 || l.y > page.height * 0.9;
    return !(atEdge && PAGE_NUMBER.test(plainOf(l).trim()));
  });
  const frame = textFrame(lines);
  const out: string[] = [];

  // Header band: from the top of the first page while lines stand in one of the two columns.
  const firstPage = lines.filter((l) => l.page === lines[0]?.page);
  const headerColumns = columnsOf(firstPage.slice(0, 12), frame);
  let headerEnd = 0;
  while (headerEnd < firstPage.length && bandCells(firstPage[headerEnd]!, headerColumns)) headerEnd++;
  emitBand(lines.slice(0, headerEnd), headerColumns, out);

  // Closing band: the last run of column lines, from its first "Nơi nhận" or authority line.
  let suffix = lines.length;
  const tail = lines.slice(Math.max(headerEnd, lines.length - 40));
  const closingColumns = columnsOf(tail, frame);
  while (suffix > headerEnd && bandCells(lines[suffix - 1]!, closingColumns)) suffix--;
  let closingStart = lines.length;
  for (let i = suffix; i < lines.length; i++) {
    const cells = bandCells(lines[i]!, closingColumns)!;
    const first = [...cells.left, ...cells.right].map((s) => foldVi(s.runs.map((r) => r.text).join("").replace(/\*/gu, "").trim()));
    if (first.some((t) => CLOSING_CUE.test(t))) {
      closingStart = i;
      break;
    }
  }
  emitBody(lines.slice(headerEnd, closingStart), frame, out);
  if (closingStart < lines.length) {
    out.push("");
    emitBand(lines.slice(closingStart), closingColumns, out);
  }

  const notes: ReaderNote[] = [];
  const result: Extracted = { text: out.join("\n"), tables: [], notes };
  if (scanned.length) {
    result.errors = scanned.map((n) => ({
      path: `(page ${n})`,
      vi: `trang ${n} không có lớp chữ (bản quét, cần OCR)`,
      en: `page ${n} has no text layer (scanned, needs OCR)`,
    }));
  }
  return result;
}
