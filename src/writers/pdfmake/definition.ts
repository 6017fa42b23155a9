import type { CanvasElement, Content, ContentText, TDocumentDefinitions } from "pdfmake/interfaces.js";
import type { FontSet } from "../../fonts/font-set.js";
import type { Face, Line, Page, Pages, Span } from "../../layout/pages.js";
import { parseColor } from "../pdf/emit/color.js";
import { faceInfo } from "../pdf/emit/face-info.js";

/**
 * Pages → a pdfmake 0.3 document definition that draws the same page: every text run, rule and
 * frame absolutely positioned, one section per page with that page's size and orientation.
 * pdfmake places a text node by the top of its line box and draws the baseline one ascender
 * below it (pdfkit's ascender: the font's hhea ascent in 1000ths of the size), so each node's top
 * is baseline − ascender. pdfmake has no word spacing: a justified span becomes one node per word.
 * Underlines are drawn as canvas lines where the PDF writer draws them, not as pdfmake decorations.
 */
export function pdfmakeDefinition(pages: Pages, fonts: FontSet): TDocumentDefinitions {
  const meta = pages.metadata;
  return {
    content: pages.pages.map((page, i) => pageSection(page, i, fonts)),
    pageMargins: 0,
    defaultStyle: { font: pages.family },
    info: {
      title: meta.title,
      author: meta.author,
      subject: meta.subject,
      keywords: meta.keywords,
      creator: "vanban",
      producer: "vanban",
      creationDate: new Date(`${meta.creationDate.slice(0, 10)}T00:00:00Z`),
    },
  };
}

/**
 * The family as pdfmake's browser build takes it (`pdfMake.addFontContainer`): the four faces as
 * base64 files in its virtual file system, registered under `pages.family`. (In Node, pdfmake 0.3
 * takes font files by path: see renderWithPdfmake.)
 */
export function pdfmakeFontContainer(pages: Pages, fonts: FontSet): { vfs: Record<string, string>; fonts: Record<string, Record<Face, string>> } {
  const vfs: Record<string, string> = {};
  const files = {} as Record<Face, string>;
  for (const face of ["normal", "bold", "italics", "bolditalics"] as const) {
    files[face] = `${pages.family}-${face}.ttf`;
    vfs[files[face]] = base64(fonts.bytes[face]);
  }
  return { vfs, fonts: { [pages.family]: files } };
}

/** Bytes as base64 with what browsers and Node both have (btoa over binary strings, in slices). */
function base64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Glyph positioning features off, as fontkit's layout() documents (an object of tags → boolean):
 * the layout measured one glyph per code point with no kerning or ligatures. pdfmake's typing
 * only allows the array form, which can add features but not remove them.
 */
const PLAIN_GLYPHS = { kern: false, liga: false, clig: false, calt: false } as unknown as ContentText["fontFeatures"];

function pageSection(page: Page, pageIndex: number, fonts: FontSet): Content {
  const nodes: Content[] = [];
  const vectors: CanvasElement[] = [];
  page.lines.forEach((line, l) => {
    line.spans.forEach((span, s) => {
      const color = span.color ?? "black";
      parseColor(span.color, () => `pages[${pageIndex}].lines[${l}].spans[${s}].color`);
      for (const piece of pieces(span, fonts)) nodes.push(textNode(piece.text, piece.x, line, span, color, fonts));
      if (span.underline) {
        const info = faceInfo(fonts.faces[span.face]);
        const y = line.y + info.underlineOffset * span.size;
        vectors.push({ type: "line", x1: span.x, y1: y, x2: span.x + span.width, y2: y, lineWidth: info.underlineThickness * span.size, lineColor: color });
      }
    });
  });
  page.rules.forEach((r, i) => {
    parseColor(r.color, () => `pages[${pageIndex}].rules[${i}].color`);
    vectors.push({ type: "line", x1: r.x1, y1: r.y1, x2: r.x2, y2: r.y2, lineWidth: r.width, lineColor: r.color ?? "black" });
  });
  page.frames.forEach((f, i) => {
    parseColor(f.color, () => `pages[${pageIndex}].frames[${i}].color`);
    vectors.push({ type: "rect", x: f.x, y: f.y, w: f.w, h: f.h, lineWidth: f.width, lineColor: f.color ?? "black" });
  });
  // A section only opens a new page after a page that holds something: a page with nothing on it
  // gets a zero-length line (butt caps: nothing is painted) so that it stays a page of its own.
  if (nodes.length === 0 && vectors.length === 0) vectors.push({ type: "line", x1: 0, y1: 0, x2: 0, y2: 0, lineCap: "butt" });
  if (vectors.length > 0) nodes.push({ canvas: vectors, absolutePosition: { x: 0, y: 0 } });
  return {
    section: nodes,
    pageSize: { width: page.width, height: page.height },
    pageOrientation: page.orientation,
    pageMargins: 0,
  };
}

/**
 * The runs of a span that pdfmake can draw as they are: the whole span when it has no word
 * spacing, else each word at the x the spacing puts it. Spaces at either end are not drawn; the
 * text after them starts where they end.
 */
function pieces(span: Span, fonts: FontSet): { text: string; x: number }[] {
  const metrics = faceInfo(fonts.faces[span.face]).metrics;
  const space = metrics.width(" ", span.size) + span.wordSpacing;
  const out: { text: string; x: number }[] = [];
  let x = span.x;
  const words = span.wordSpacing === 0 ? [span.text] : span.text.split(" ");
  words.forEach((word, i) => {
    if (i > 0) x += space;
    const trimmed = word.replace(/^ +/, "");
    x += (word.length - trimmed.length) * space;
    const text = trimmed.replace(/ +$/, "");
    if (text) out.push({ text, x });
    x += metrics.width(trimmed, span.size);
  });
  return out;
}

function textNode(text: string, x: number, line: Line, span: Span, color: string, fonts: FontSet): ContentText {
  const face = fonts.faces[span.face];
  const ascender = (face.ascent / face.unitsPerEm) * span.size;
  return {
    text,
    fontSize: span.size,
    bold: span.face === "bold" || span.face === "bolditalics",
    italics: span.face === "italics" || span.face === "bolditalics",
    color,
    noWrap: true,
    fontFeatures: PLAIN_GLYPHS,
    absolutePosition: { x, y: line.y - ascender },
  };
}
