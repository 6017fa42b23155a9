import type { Document } from "../../model/document.js";
import { bundledFonts, fontSetFromFiles, type FontFiles, type FontSet } from "../../fonts/fonts.js";
import { layoutDocument, type LayoutOptions } from "../../layout/layout-document.js";
import type { Pages } from "../../layout/pages.js";
import { pdfChunks, writePdf } from "./emit/index.js";

export interface RenderOptions extends Omit<LayoutOptions, "fonts"> {
  /** Your own font files (e.g. a licensed Times New Roman); Liberation Serif otherwise. */
  fonts?: FontFiles | FontSet;
}

/** A rendered document: the PDF bytes, its number of pages, and the page model they were drawn from. */
export interface RenderedPdf {
  bytes: Uint8Array;
  pages: number;
  layout: Pages;
}

export function resolveFonts(fonts: RenderOptions["fonts"]): FontSet {
  if (!fonts) return bundledFonts();
  return "faces" in fonts ? fonts : fontSetFromFiles(fonts);
}

/**
 * Renders a document synchronously: validate, realize, lay out (Pages), write the PDF. The bytes
 * depend on the document and options alone: the creation date is the document's own date and the
 * file ID is derived from the content, so a re-render can be compared byte for byte.
 */
export function renderPdfDetailed(input: Document, options: RenderOptions = {}): RenderedPdf {
  const fonts = resolveFonts(options.fonts);
  const layout = layoutDocument(input, { ...options, fonts });
  return { bytes: writePdf(layout, fonts), pages: layout.pages.length, layout };
}

/**
 * The PDF in pieces as they are written (see pdfChunks): the document is validated and laid out
 * when the first piece is pulled, so an invalid document throws there, before any byte.
 */
export function* renderPdfChunks(input: Document, options: RenderOptions = {}): Generator<Buffer, number, undefined> {
  const fonts = resolveFonts(options.fonts);
  const layout = layoutDocument(input, { ...options, fonts });
  yield* pdfChunks(layout, fonts);
  return layout.pages.length;
}

/** Renders a document to PDF bytes in its profile's standard layout. */
export async function renderPdf(input: Document, options: RenderOptions = {}): Promise<Uint8Array> {
  return renderPdfDetailed(input, options).bytes;
}

export type { FontFiles, FontSet } from "../../fonts/fonts.js";
export { bundledFonts, fontSetFromFiles } from "../../fonts/fonts.js";
