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

export interface PageInfo {
  number: number;
  width: number;
  height: number;
  items: TextItem[];
  rules: Rule[];
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
    else if (fn === OPS.constructPath) {
      // pdfjs 5: [paint op, [Float32Array of path ops], minMax]
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
    pages.push({ number: n, width, height, items, rules: rulesFrom(ops, height), text: joinLines(items) });
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
