import type { Document } from "../../model/document.js";
import { bundledFonts, fontSetFromFiles, type FontFiles, type FontSet } from "../../fonts/fonts.js";
import { layoutDocument, type LayoutOptions } from "../../layout/layout-document.js";
import type { Pages } from "../../layout/pages.js";
import { pdfChunks, writePdf, type WriteOptions } from "./emit/index.js";
import { signPdf, type SignOptions } from "./issuance/sign.js";

export interface RenderOptions extends Omit<LayoutOptions, "fonts"> {
  /** Your own font files (e.g. a licensed Times New Roman); Liberation Serif otherwise. */
  fonts?: FontFiles | FontSet;
  /** Empty signature fields over ô 7c and ô 8 (default true); false leaves them out. */
  signatureFields?: boolean;
  /** PDF/A-2b (PDF/A-3b with `embedSource`): XMP identification and an sRGB output intent. */
  pdfa?: boolean;
  /** Embed the document's JSON as the file's associated source (readEmbeddedSource reads it back). */
  embedSource?: boolean;
  /** Sign the rendered file with a PKCS#12 (renderPdf only; the result is not byte-deterministic). */
  sign?: SignOptions | SignOptions[];
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
  const bytes = writePdf(layout, fonts, writeOptions(input, options));
  return { bytes, pages: layout.pages.length, layout };
}

function writeOptions(input: Document, options: RenderOptions): WriteOptions {
  return {
    ...(options.signatureFields === false ? { signatureFields: false } : {}),
    ...(options.pdfa ? { pdfa: true } : {}),
    ...(options.embedSource ? { source: JSON.stringify(input) } : {}),
  };
}

/**
 * The PDF in pieces as they are written (see pdfChunks): the document is validated and laid out
 * when the first piece is pulled, so an invalid document throws there, before any byte. A signed
 * file cannot be streamed (the signature covers the whole file): use renderPdf for `sign`.
 */
export function* renderPdfChunks(input: Document, options: RenderOptions = {}): Generator<Buffer, number, undefined> {
  if (options.sign !== undefined) throw new RangeError("renderPdfChunks: a signed PDF is not streamed; use renderPdf with `sign`");
  const fonts = resolveFonts(options.fonts);
  const layout = layoutDocument(input, { ...options, fonts });
  yield* pdfChunks(layout, fonts, writeOptions(input, options));
  return layout.pages.length;
}

/**
 * Renders a document to PDF bytes on the calling thread, blocking it for the whole render (the
 * layout and the writing). The same bytes as renderPdf; `sign` is refused (signing is asynchronous).
 */
export function renderPdfSync(input: Document, options: Omit<RenderOptions, "sign"> = {}): Uint8Array {
  if ((options as RenderOptions).sign !== undefined) throw new RangeError("renderPdfSync: a signed PDF needs renderPdf (signing is asynchronous)");
  return renderPdfDetailed(input, options).bytes;
}

/** The longest stretch renderPdf's writing holds the event loop before it lets other work run. */
const SLICE_MS = 8;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Renders a document to PDF bytes in its profile's standard layout (signed if `sign` is given, in
 * order). It runs on the calling thread but shares it: it starts on a later turn of the event
 * loop, lays the document out in one piece (the one stretch that blocks, a few ms a page), then
 * writes the file in slices of about SLICE_MS with the event loop free in between. For rendering
 * that never blocks the caller, use createRenderer (worker threads).
 */
export async function renderPdf(input: Document, options: RenderOptions = {}): Promise<Uint8Array> {
  await nextTurn();
  const { sign, ...rest } = options;
  const chunks = renderPdfChunks(input, rest);
  const pieces: Buffer[] = [];
  let size = 0;
  let since = performance.now();
  for (let next = chunks.next(); !next.done; next = chunks.next()) {
    pieces.push(next.value);
    size += next.value.length;
    if (performance.now() - since > SLICE_MS) {
      await nextTurn();
      since = performance.now();
    }
  }
  const whole = Buffer.concat(pieces, size);
  let bytes: Uint8Array = new Uint8Array(whole.buffer, whole.byteOffset, whole.byteLength);
  const signings = sign === undefined ? [] : Array.isArray(sign) ? sign : [sign];
  for (const s of signings) bytes = await signPdf(bytes, s);
  return bytes;
}

export type { FontFiles, FontSet } from "../../fonts/fonts.js";
export { bundledFonts, fontSetFromFiles } from "../../fonts/fonts.js";
