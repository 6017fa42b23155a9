import type { FontSet } from "../../../fonts/fonts.js";
import { DocumentError } from "../../../model/errors.js";
import type { Face, Pages } from "../../../layout/pages.js";
import { pageContent } from "./content.js";
import { embedFont } from "./embed-font.js";
import { FontUse } from "./font-use.js";
import { num, PdfFile, ref, textString } from "./objects.js";

/**
 * Pages → PDF 1.7 bytes, written by vanban itself: catalog, page tree, one page object per page
 * with its own MediaBox, Flate-compressed content, the faces used embedded as subsets, and an
 * Info dictionary from the metadata. The bytes depend on the Pages and the fonts alone.
 */
export function writePdf(pages: Pages, fonts: FontSet): Uint8Array {
  const out = Buffer.concat([...pdfChunks(pages, fonts)]);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/**
 * The same bytes as writePdf, in pieces as they are written: a page's objects as soon as that
 * page is done, the fonts and trees last. A consumer that stops pulling stops the writing.
 */
export function* pdfChunks(pages: Pages, fonts: FontSet): Generator<Buffer, void, undefined> {
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

  const kids: number[] = [];
  for (const [i, page] of pages.pages.entries()) {
    const [pageId, contentId] = [file.alloc(), file.alloc()];
    kids.push(pageId);
    file.putStream(contentId, "", Buffer.from(pageContent(page, i, fontFor), "latin1"));
    file.put(
      pageId,
      `<</Type /Page /Parent ${ref(tree)} /MediaBox [0 0 ${num(page.width)} ${num(page.height)}]` +
        ` /Resources ${ref(resources)} /Contents ${ref(contentId)}>>`,
    );
    yield* file.take();
  }

  // Only faces actually drawn are embedded; each subset holds the glyphs of this document only.
  const fontEntries = [...uses.values()].map((use) => `/${use.resource} ${ref(embedFont(file, use))}`);
  file.put(resources, `<</Font <<${fontEntries.join(" ")}>> /ProcSet [/PDF /Text]>>`);
  file.put(tree, `<</Type /Pages /Kids [${kids.map(ref).join(" ")}] /Count ${kids.length}>>`);
  file.put(catalog, `<</Type /Catalog /Pages ${ref(tree)} /Lang (vi-VN)>>`);
  file.put(info, infoDictionary(pages.metadata));
  file.finish(catalog, info);
  yield* file.take();
}

function infoDictionary(meta: Pages["metadata"]): string {
  return (
    `<</Title ${textString(meta.title)} /Author ${textString(meta.author)} /Subject ${textString(meta.subject)}` +
    ` /Keywords ${textString(meta.keywords)} /Creator ${textString("vanban")} /Producer ${textString("vanban")}` +
    ` /CreationDate (${pdfDate(meta.creationDate)})>>`
  );
}

/** "2024-03-15" (or a full ISO time) → "D:20240315000000Z": the day, so the bytes do not depend on the clock. */
function pdfDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) {
    throw new DocumentError(
      [{ path: "metadata.creationDate", vi: `ngày "${iso}" phải có dạng YYYY-MM-DD`, en: `date "${iso}": expected an ISO date YYYY-MM-DD` }],
      "page model",
    );
  }
  return `D:${m[1]}${m[2]}${m[3]}000000Z`;
}
