// Typed access to the parts of pdfmake 0.3 (and pdfkit under it) that the engine drives directly.
// pdfmake's public createPdf() builds a new printer, re-reads and re-parses every font file and
// buffers the output through a stream for each document; the engine keeps pdfmake's layout and
// rendering but supplies its own fonts and output collection (see print.ts).
import { createRequire } from "node:module";
import type { TDocumentDefinitions } from "pdfmake/interfaces.js";
import type { PdfKitPage } from "./page-content.js";
import type { TextInlines } from "./fast-measure.js";

const require = createRequire(import.meta.url);

/** One glyph of a fontkit run, as pdfkit reads it when it encodes text. */
export interface RunGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

/** A laid-out word, in pdfkit's units (1000 per em). */
export interface LayoutRun {
  glyphs: RunGlyph[];
  positions: Record<string, number>[];
  advanceWidth: number;
}

/** pdfkit's EmbeddedFont: one font face as embedded in one PDF document. */
export interface EmbeddedFont {
  name: string;
  /** fontkit's Subset for this document's glyphs. */
  subset: unknown;
  layoutCache?: Record<string, LayoutRun>;
  layoutRun(text: string, features?: unknown): LayoutRun;
  layoutCached(text: string): LayoutRun;
}

export type EmbeddedFontClass = new (document: PdfKitDocument, font: unknown, id: string) => EmbeddedFont;

/** The members of pdfkit's PDFDocument (as subclassed by pdfmake) that the engine uses. */
export interface PdfKitDocument {
  page: PdfKitPage;
  _offset: number;
  _id: Uint8Array;
  _fontCount: number;
  _fontFamilies: Record<string, EmbeddedFont>;
  fontCache: Record<string, Record<string, EmbeddedFont>>;
  getFontType(bold: boolean, italics: boolean): string;
  addPage(options?: unknown): PdfKitDocument;
  end(): void;
}

export type PdfKitDocumentClass = new (
  fonts: Record<string, unknown>,
  images: Record<string, unknown>,
  patterns: Record<string, unknown>,
  attachments: Record<string, unknown>,
  options: Record<string, unknown>,
  virtualfs: unknown,
  localAccessPolicy: ((path: string) => boolean) | undefined,
) => PdfKitDocument;

export interface LaidOutPage {
  pageSize: { width: number; height: number };
}

export interface LayoutBuilderInstance {
  /** Set by layoutDocument(), before the first tryLayoutDocument(). */
  docMeasure: { textInlines: TextInlines };
  tryLayoutDocument(...args: unknown[]): unknown;
  registerTableLayouts(layouts: unknown): void;
  layoutDocument(
    content: TDocumentDefinitions["content"],
    pdfDocument: PdfKitDocument,
    styles: unknown,
    defaultStyle: unknown,
    background: unknown,
    header: unknown,
    footer: unknown,
    watermark: unknown,
    pageBreakBefore: unknown,
  ): LaidOutPage[];
}

export type LayoutBuilderClass = new (pageSize: unknown, pageMargins: unknown, svgMeasure: unknown) => LayoutBuilderInstance;

interface Internals {
  PDFDocument: PdfKitDocumentClass;
  LayoutBuilder: LayoutBuilderClass;
  Renderer: new (pdfDocument: PdfKitDocument, progressCallback?: unknown) => { renderPages(pages: LaidOutPage[]): void };
  SVGMeasure: new () => unknown;
  normalizePageSize(pageSize: unknown, orientation: unknown): { width: number; height: number };
  normalizePageMargin(margin: unknown): unknown;
  tableLayouts: unknown;
}

let internals: Internals | undefined;

export function pdfmakeInternals(): Internals {
  if (!internals) {
    const js = (name: string) => require(`pdfmake/js/${name}.js`) as Record<string, unknown>;
    const pageSize = js("PageSize") as unknown as Pick<Internals, "normalizePageSize" | "normalizePageMargin">;
    internals = {
      PDFDocument: js("PDFDocument").default as PdfKitDocumentClass,
      LayoutBuilder: js("LayoutBuilder").default as Internals["LayoutBuilder"],
      Renderer: js("Renderer").default as Internals["Renderer"],
      SVGMeasure: js("SVGMeasure").default as Internals["SVGMeasure"],
      normalizePageSize: pageSize.normalizePageSize,
      normalizePageMargin: pageSize.normalizePageMargin,
      tableLayouts: js("tableLayouts").tableLayouts,
    };
  }
  return internals;
}

let embeddedFontClass: EmbeddedFontClass | undefined;

/**
 * pdfkit does not export EmbeddedFont; its constructor is taken from a font that a throwaway
 * document opens once. Only the class is kept.
 */
export function embeddedFontClassFor(sampleFontBytes: Uint8Array): EmbeddedFontClass {
  if (!embeddedFontClass) {
    const PDFKit = createRequire(require.resolve("pdfmake/js/PDFDocument.js"))("pdfkit") as new (
      options: Record<string, unknown>,
    ) => { font(src: Uint8Array): { _font: EmbeddedFont } };
    const probe = new PDFKit({ autoFirstPage: false }).font(sampleFontBytes)._font;
    embeddedFontClass = probe.constructor as EmbeddedFontClass;
  }
  return embeddedFontClass;
}
