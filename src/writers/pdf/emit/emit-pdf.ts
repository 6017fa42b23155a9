import type { FontSet } from "../../../fonts/font-set.js";
import { DocumentError } from "../../../model/errors.js";
import type { Face, Pages } from "../../../layout/pages.js";
import type { PdfCodec } from "./codec.js";
import { pageContent } from "./content.js";
import { embedFont } from "./embed-font.js";
import { FontUse } from "./font-use.js";
import { num, PdfFile, ref } from "./objects.js";
import { signatureFields, writeEmptyFields } from "../issuance/fields.js";
import { infoDictionary } from "./info.js";

/** How the file is written, besides the pages. */
export interface EmitOptions {
  /** Compression and hashing: Node's own, or pure JavaScript in a browser. */
  codec: PdfCodec;
  /** Empty signature fields over ô 7c (signer) and ô 8 (organisation); on by default. */
  signatureFields?: boolean;
  /** PDF/A identification in the Info dictionary (its other parts are written by `extraParts`). */
  pdfa?: boolean;
  /** Writes more objects after the pages and fields (PDF/A, the source); returns catalog entries. */
  extraParts?: (file: PdfFile) => string;
}

/**
 * Pages → PDF 1.7 bytes, written by vanban itself: catalog, page tree, one page object per page
 * with its own MediaBox, Flate-compressed content, the faces used embedded as subsets, and an
 * Info dictionary from the metadata, in pieces as they are written: a page's objects as soon as
 * that page is done, the fonts, trees and issuance parts last. A consumer that stops pulling stops
 * the writing. The metadata is checked before the first piece. No Node built-in is used here.
 */
export function* emitPdf(pages: Pages, fonts: FontSet, options: EmitOptions): Generator<Uint8Array, void, undefined> {
  const meta = pages.metadata;
  assertDay(meta.creationDate);
  const file = new PdfFile(options.codec);
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
    file.putStream(contentId, "", pageContent(page, i, fontFor));
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
  if (options.extraParts) catalogExtra += options.extraParts(file);

  // Only faces actually drawn are embedded; each subset holds the glyphs of this document only.
  const fontEntries = [...uses.values()].map((use) => `/${use.resource} ${ref(embedFont(file, use))}`);
  file.put(resources, `<</Font <<${fontEntries.join(" ")}>> /ProcSet [/PDF /Text]>>`);
  file.put(tree, `<</Type /Pages /Kids [${kids.map(ref).join(" ")}] /Count ${kids.length}>>`);
  file.put(catalog, `<</Type /Catalog /Pages ${ref(tree)} /Lang (vi-VN)${catalogExtra}>>`);
  file.put(info, infoDictionary(meta, options.pdfa === true));
  file.finish(catalog, info);
  yield* file.take();
}

/** The pieces of a file as one array of bytes. */
export function joinChunks(chunks: Iterable<Uint8Array>): Uint8Array {
  const parts = [...chunks];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
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
