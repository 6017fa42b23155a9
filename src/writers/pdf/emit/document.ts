import type { FontSet } from "../../../fonts/fonts.js";
import { DocumentError } from "../../../model/errors.js";
import type { Face, Pages } from "../../../layout/pages.js";
import { pageContent } from "./content.js";
import { embedFont } from "./embed-font.js";
import { FontUse } from "./font-use.js";
import { num, PdfFile, ref } from "./objects.js";
import { signatureFields, writeEmptyFields } from "../issuance/fields.js";
import { infoDictionary, writePdfaParts } from "../issuance/pdfa.js";
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
 * Pages → PDF 1.7 bytes, written by vanban itself: catalog, page tree, one page object per page
 * with its own MediaBox, Flate-compressed content, the faces used embedded as subsets, and an
 * Info dictionary from the metadata; with the options, the empty signature fields (on by
 * default), PDF/A identification and the embedded source. The bytes depend on the Pages, the
 * fonts and the options alone.
 */
export function writePdf(pages: Pages, fonts: FontSet, options: WriteOptions = {}): Uint8Array {
  const out = Buffer.concat([...pdfChunks(pages, fonts, options)]);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/**
 * The same bytes as writePdf, in pieces as they are written: a page's objects as soon as that
 * page is done, the fonts, trees and issuance parts last. A consumer that stops pulling stops the
 * writing. The metadata is checked before the first piece.
 */
export function* pdfChunks(pages: Pages, fonts: FontSet, options: WriteOptions = {}): Generator<Buffer, void, undefined> {
  const meta = pages.metadata;
  assertDay(meta.creationDate);
  const file = new PdfFile();
  const catalog = file.alloc();
  const tree = file.alloc();
  const info = file.alloc();
  const resources = file.alloc();

  const uses = new Map<Face, FontUse>();
  const fontFor = (face: Face): FontUse => {
    let use = uses.get(face);
    if (!use) uses.set(face, (use = new FontUse(fonts.faces[face], fonts.bytes[face], face, `F${uses.size + 1}`)));
    return use;
  };

  const fields = options.signatureFields === false ? [] : signatureFields(pages).map((f) => ({ field: f, id: file.alloc() }));
  const kids: number[] = [];
  for (const [i, page] of pages.pages.entries()) {
    const [pageId, contentId] = [file.alloc(), file.alloc()];
    kids.push(pageId);
    file.putStream(contentId, "", Buffer.from(pageContent(page, i, fontFor), "latin1"));
    const annots = fields.filter((f) => f.field.page === i).map((f) => ref(f.id));
    file.put(
      pageId,
      `<</Type /Page /Parent ${ref(tree)} /MediaBox [0 0 ${num(page.width)} ${num(page.height)}]` +
        ` /Resources ${ref(resources)} /Contents ${ref(contentId)}${annots.length ? ` /Annots [${annots.join(" ")}]` : ""}>>`,
    );
    yield* file.take();
  }
  // Issuance (issue 13): each part writes its objects and returns the catalog entries for them.
  let catalogExtra = writeEmptyFields(file, fields, kids);
  if (options.pdfa) catalogExtra += writePdfaParts(file, meta, options.source === undefined ? 2 : 3);
  if (options.source !== undefined) catalogExtra += writeSourceFile(file, options.source, meta.creationDate);

  // Only faces actually drawn are embedded; each subset holds the glyphs of this document only.
  const fontEntries = [...uses.values()].map((use) => `/${use.resource} ${ref(embedFont(file, use))}`);
  file.put(resources, `<</Font <<${fontEntries.join(" ")}>> /ProcSet [/PDF /Text]>>`);
  file.put(tree, `<</Type /Pages /Kids [${kids.map(ref).join(" ")}] /Count ${kids.length}>>`);
  file.put(catalog, `<</Type /Catalog /Pages ${ref(tree)} /Lang (vi-VN)${catalogExtra}>>`);
  file.put(info, infoDictionary(meta, options.pdfa === true));
  file.finish(catalog, info);
  yield* file.take();
}

/** The creation date is the document's day ("2024-03-15" or a full ISO time), so the bytes do not depend on the clock. */
function assertDay(iso: string): void {
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso)) {
    throw new DocumentError(
      [{ path: "metadata.creationDate", vi: `ngày "${iso}" phải có dạng YYYY-MM-DD`, en: `date "${iso}": expected an ISO date YYYY-MM-DD` }],
      "page model",
    );
  }
}
