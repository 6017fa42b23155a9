// Reads a rendered PDF back, as a person's PDF viewer would: text with positions, fonts and
// sizes, and the straight rules drawn on each page. Coordinates are in pt from the page's
// top-left corner, y growing downwards.
import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface TextItem {
  str: string;
  x: number;
  /** Baseline position. */
  y: number;
  width: number;
  size: number;
  font: string;
  bold: boolean;
  italic: boolean;
}

export interface Rule {
  x1: number;
  x2: number;
  y: number;
  width: number;
}

/** A straight stroked segment (a rule, an underline, a side of a frame), in page coordinates. */
export interface Stroke {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  lineWidth: number;
  /** "#rrggbb". */
  color: string;
}

export interface PageInfo {
  number: number;
  width: number;
  height: number;
  items: TextItem[];
  rules: Rule[];
  /** Every straight segment stroked on the page, with its line width and colour. */
  strokes: Stroke[];
  /** The fill colour ("#rrggbb") in effect at each text-showing operator, in drawing order. */
  textFills: string[];
  /** Where each text-showing operator starts (its text matrix, CTM applied), in drawing order. */
  textRuns: { x: number; y: number }[];
  text: string;
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** Horizontal line segments from the page's drawing operators, CTM applied. */
function rulesFrom(ops: { fnArray: number[]; argsArray: unknown[] }, height: number): Rule[] {
  const rules: Rule[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  ops.fnArray.forEach((fn, i) => {
    const args = ops.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.constructPath && args[0] !== OPS.endPath) {
      // pdfjs 5: [paint op, [Float32Array of path ops], minMax]; a path only clipped ("W n", as
      // LibreOffice clips each table cell) is not drawn, so it is no rule.
      const data = (args[1] as ArrayLike<number>[])[0];
      if (!data) return;
      const points: [number, number][] = [];
      for (let k = 0; k < data.length; ) {
        const op = data[k]!;
        if (op === 0 || op === 1) {
          points.push(apply(ctm, data[k + 1]!, data[k + 2]!));
          k += 3;
        } else if (op === 2) k += 7;
        else if (op === 3) k += 5;
        else k += 1;
      }
      for (let p = 1; p < points.length; p++) {
        const [ax, ay] = points[p - 1]!;
        const [bx, by] = points[p]!;
        if (Math.abs(ay - by) < 0.01 && Math.abs(ax - bx) > 1) {
          rules.push({ x1: Math.min(ax, bx), x2: Math.max(ax, bx), y: height - ay, width: Math.abs(bx - ax) });
        }
      }
    }
  });
  return rules;
}

interface GraphicState {
  ctm: Matrix;
  lineWidth: number;
  stroke: string;
  fill: string;
}

/** Stroked straight segments and the fill colour of each text-showing operator. */
function paintFrom(
  ops: { fnArray: number[]; argsArray: unknown[] },
  height: number,
): { strokes: Stroke[]; textFills: string[]; textRuns: { x: number; y: number }[] } {
  const strokes: Stroke[] = [];
  const textFills: string[] = [];
  const textRuns: { x: number; y: number }[] = [];
  let line: [number, number] = [0, 0];
  let gs: GraphicState = { ctm: [1, 0, 0, 1, 0, 0], lineWidth: 1, stroke: "#000000", fill: "#000000" };
  const stack: GraphicState[] = [];
  const STROKING = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  ops.fnArray.forEach((fn, i) => {
    const args = ops.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push({ ...gs });
    else if (fn === OPS.restore) gs = stack.pop() ?? gs;
    else if (fn === OPS.transform) gs.ctm = multiply(gs.ctm, args as Matrix);
    else if (fn === OPS.setLineWidth) gs.lineWidth = args[0] as number;
    else if (fn === OPS.setStrokeRGBColor) gs.stroke = String(args[0]);
    else if (fn === OPS.setFillRGBColor) gs.fill = String(args[0]);
    else if (fn === OPS.beginText) line = [0, 0];
    else if (fn === OPS.setTextMatrix) {
      const m = args[0] as ArrayLike<number>; // pdfjs 5: [Float32Array(6)]
      line = [m[4]!, m[5]!];
    }
    else if (fn === OPS.moveText || fn === OPS.setLeadingMoveText) line = [line[0] + (args[0] as number), line[1] + (args[1] as number)];
    else if (fn === OPS.showText || fn === OPS.showSpacedText) {
      textFills.push(gs.fill);
      const [x, y] = apply(gs.ctm, line[0], line[1]);
      textRuns.push({ x, y: height - y });
    }
    else if (fn === OPS.constructPath && STROKING.has(args[0] as number)) {
      const data = (args[1] as ArrayLike<number>[])[0];
      if (!data) return;
      const scale = Math.hypot(gs.ctm[0], gs.ctm[1]);
      let start: [number, number] | undefined;
      let last: [number, number] | undefined;
      const segment = (a: [number, number], b: [number, number]): void => {
        strokes.push({ x1: a[0], y1: height - a[1], x2: b[0], y2: height - b[1], lineWidth: gs.lineWidth * scale, color: gs.stroke });
      };
      for (let k = 0; k < data.length; ) {
        const op = data[k]!;
        if (op === 0) {
          start = last = apply(gs.ctm, data[k + 1]!, data[k + 2]!);
          k += 3;
        } else if (op === 1) {
          const p = apply(gs.ctm, data[k + 1]!, data[k + 2]!);
          if (last) segment(last, p);
          last = p;
          k += 3;
        } else if (op === 2) k += 7;
        else if (op === 3) k += 5;
        else {
          if (start && last && (start[0] !== last[0] || start[1] !== last[1])) segment(last, start);
          last = start;
          k += 1;
        }
      }
    }
  });
  return { strokes, textFills, textRuns };
}

export async function inspectPdf(bytes: Uint8Array): Promise<{ pages: PageInfo[]; info: Record<string, unknown> }> {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: PageInfo[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const ops = await page.getOperatorList();
    const items: TextItem[] = [];
    for (const raw of content.items) {
      if (!("str" in raw) || raw.str === "") continue;
      const font = (page.commonObjs.has(raw.fontName) ? page.commonObjs.get(raw.fontName) : undefined) as
        | { name?: string }
        | undefined;
      const name = font?.name ?? raw.fontName;
      items.push({
        str: raw.str,
        x: raw.transform[4],
        y: height - raw.transform[5],
        width: raw.width,
        size: Math.hypot(raw.transform[2], raw.transform[3]),
        font: name,
        bold: /Bold/i.test(name),
        italic: /Italic/i.test(name),
      });
    }
    pages.push({ number: n, width, height, items, rules: rulesFrom(ops, height), ...paintFrom(ops, height), text: joinLines(items) });
    page.cleanup();
  }
  const meta = await pdf.getMetadata();
  await pdf.destroy();
  return { pages, info: meta.info as Record<string, unknown> };
}

export interface TextLine {
  y: number;
  x: number;
  /** Right end of the last item. */
  x2: number;
  text: string;
  items: TextItem[];
}

/** Items grouped into lines by baseline, left to right; a visible gap between items becomes a space. */
export function linesOf(items: TextItem[]): TextLine[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: TextItem[][] = [];
  for (const item of sorted) {
    const line = groups[groups.length - 1];
    if (line && Math.abs(line[0]!.y - item.y) < 2) line.push(item);
    else groups.push([item]);
  }
  return groups.map((group) => {
    const row = group.sort((a, b) => a.x - b.x);
    let text = "";
    let end = -Infinity;
    for (const it of row) {
      if (text && it.x - end > it.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(it.str)) text += " ";
      text += it.str;
      end = it.x + it.width;
    }
    const visible = row.filter((i) => i.str.trim() !== "");
    const first = visible[0] ?? row[0]!;
    const last = visible[visible.length - 1] ?? row[row.length - 1]!;
    return { y: row[0]!.y, x: first.x, x2: last.x + last.width, text, items: row };
  });
}

/** The page's text in reading order, one line per baseline. */
export function joinLines(items: TextItem[]): string {
  return linesOf(items)
    .map((l) => l.text)
    .join("\n");
}

/** The text items whose string contains `needle`, on one page. */
export function find(page: PageInfo, needle: string): TextItem[] {
  return page.items.filter((i) => i.str.includes(needle));
}

/** Whitespace-folded text, for comparing paragraphs across line breaks. */
export function fold(s: string): string {
  return s.normalize("NFC").replace(/\s+/g, " ").trim();
}
