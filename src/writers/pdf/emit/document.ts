import type { FontSet } from "../../../fonts/fonts.js";
import { DocumentError } from "../../../model/errors.js";
import type { Face, Pages } from "../../../layout/pages.js";
import { pageContent } from "./content.js";
import { embedFont } from "./embed-font.js";
import { FontUse } from "./font-use.js";
import { num, PdfFile, ref, textString } from "./objects.js";
import { signatureFields, type SignatureField } from "../issuance/fields.js";
import { infoDictionary, infoEntries, writePdfaParts } from "../issuance/pdfa.js";
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
 * Info dictionary from the metadata. The bytes depend on the Pages and the fonts alone.
 */
export function writePdf(pages: Pages, fonts: FontSet, options: WriteOptions = {}): Uint8Array {
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
  pages.pages.forEach((page, i) => {
    const [pageId, contentId] = [file.alloc(), file.alloc()];
    kids.push(pageId);
    file.putStream(contentId, "", Buffer.from(pageContent(page, i, fontFor), "latin1"));
    const annots = fields.filter((f) => f.field.page === i).map((f) => ref(f.id));
    file.put(
      pageId,
      `<</Type /Page /Parent ${ref(tree)} /MediaBox [0 0 ${num(page.width)} ${num(page.height)}]` +
        ` /Resources ${ref(resources)} /Contents ${ref(contentId)}${annots.length ? ` /Annots [${annots.join(" ")}]` : ""}>>`,
    );
  });
  let catalogExtra = "";
  if (fields.length) {
    for (const f of fields) writeEmptyField(file, f.id, f.field, kids[f.field.page]!);
    const form = file.alloc();
    file.put(form, `<</Fields [${fields.map((f) => ref(f.id)).join(" ")}]>>`);
    catalogExtra += ` /AcroForm ${ref(form)}`;
  }
  const info0 = infoEntries(pages.metadata);
  assertDay(info0.creationDate);
  if (options.pdfa) catalogExtra += writePdfaParts(file, info0, options.source === undefined ? 2 : 3);
  if (options.source !== undefined) catalogExtra += writeSourceFile(file, options.source, info0.creationDate);

  // Only faces actually drawn are embedded; each subset holds the glyphs of this document only.
  const fontEntries = [...uses.values()].map((use) => `/${use.resource} ${ref(embedFont(file, use))}`);
  file.put(resources, `<</Font <<${fontEntries.join(" ")}>> /ProcSet [/PDF /Text]>>`);
  file.put(tree, `<</Type /Pages /Kids [${kids.map(ref).join(" ")}] /Count ${kids.length}>>`);
  file.put(catalog, `<</Type /Catalog /Pages ${ref(tree)} /Lang (vi-VN)${catalogExtra}>>`);
  file.put(info, infoDictionary(info0, options.pdfa === true));
  return file.finish(catalog, info);
}

/** The field's tooltip (/TU), read out by signing tools. */
const FIELD_LABEL: Record<SignatureField["name"], string> = {
  signer: "Chữ ký của người có thẩm quyền (ô 7c) / signer's signature",
  organisation: "Chữ ký số của cơ quan, tổ chức (ô 8) / organisation's signature",
};

/**
 * An empty signature field merged with its widget (§12.7.4.5): printable (/F 4), with an empty
 * normal appearance so that PDF/A's "every annotation has an appearance" holds before signing.
 */
function writeEmptyField(file: PdfFile, id: number, f: SignatureField, page: number): void {
  const appearance = file.alloc();
  file.putStream(appearance, ` /Type /XObject /Subtype /Form /BBox [0 0 ${num(f.w)} ${num(f.h)}]`, new Uint8Array(0), false);
  file.put(
    id,
    `<</Type /Annot /Subtype /Widget /FT /Sig /T (${f.name}) /TU ${textString(FIELD_LABEL[f.name])} /F 4 /P ${ref(page)}` +
      ` /Rect [${f.rect.map(num).join(" ")}] /AP <</N ${ref(appearance)}>>>>`,
  );
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
