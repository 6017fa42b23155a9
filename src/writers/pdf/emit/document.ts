import type { FontSet } from "../../../fonts/font-set.js";
import type { Pages } from "../../../layout/pages.js";
import { NODE_CODEC } from "./codec-node.js";
import { emitPdf, joinChunks } from "./emit-pdf.js";
import { writePdfaParts } from "../issuance/pdfa.js";
import { writeSourceFile } from "../issuance/source.js";

/** What the file carries besides the pages (issue 13: electronic issuance). */
export interface WriteOptions {
  /** Empty signature fields over ô 7c (signer) and ô 8 (organisation); on by default. */
  signatureFields?: boolean;
  /** PDF/A-2b identification (PDF/A-3b with `source`): XMP metadata and an sRGB output intent. */
  pdfa?: boolean;
  /** The document's JSON, embedded as the file's associated source (vanban-document.json). */
  source?: string;
}

/**
 * Pages → PDF 1.7 bytes (emit-pdf.ts) in Node: native compression, and with the options the
 * empty signature fields (on by default), PDF/A identification and the embedded source. The
 * bytes depend on the Pages, the fonts and the options alone.
 */
export function writePdf(pages: Pages, fonts: FontSet, options: WriteOptions = {}): Uint8Array {
  return joinChunks(pdfChunks(pages, fonts, options));
}

/** The same bytes as writePdf, in pieces as they are written (see emitPdf). */
export function* pdfChunks(pages: Pages, fonts: FontSet, options: WriteOptions = {}): Generator<Buffer, void, undefined> {
  const chunks = emitPdf(pages, fonts, {
    codec: NODE_CODEC,
    ...(options.signatureFields === false ? { signatureFields: false } : {}),
    ...(options.pdfa ? { pdfa: true } : {}),
    extraParts: (file) => {
      let entries = "";
      if (options.pdfa) entries += writePdfaParts(file, pages.metadata, options.source === undefined ? 2 : 3);
      if (options.source !== undefined) entries += writeSourceFile(file, options.source, pages.metadata.creationDate);
      return entries;
    },
  });
  for (const c of chunks) yield Buffer.from(c.buffer, c.byteOffset, c.byteLength);
}
