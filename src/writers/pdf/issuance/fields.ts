import type { Page, Pages, Region } from "../../../layout/pages.js";
import { num, ref, textString, type PdfFile } from "../emit/objects.js";

/** Who signs a field: the signer (NĐ 30 ô 7c) or the organisation with its seal (ô 8). */
export type SignatureFieldName = "signer" | "organisation";

/** The region of the page model each field covers. */
const REGION_OF: Record<SignatureFieldName, string> = { signer: "signatureImage", organisation: "seal" };

/**
 * A signature field as vanban writes it: its name in the PDF's AcroForm, the page (0-based) and
 * the rectangle twice: as the page model measures (pt from the top-left, y down) and as PDF
 * user space does (`rect`: [llx, lly, urx, ury] from the bottom-left), for a signing service.
 */
export interface SignatureField {
  name: SignatureFieldName;
  /** The region of Pages it is: "signatureImage" (ô 7c) or "seal" (ô 8). */
  region: string;
  page: number;
  x: number;
  y: number;
  w: number;
  h: number;
  rect: [number, number, number, number];
}

/**
 * The signature fields of a laid-out document: the signer's over ô 7c and the organisation's
 * over ô 8, on the page where the closing band (and so the signature block) lands. An annex laid
 * out as its own file has no band: its organisation field is the ô 14 mark's box (NĐ 30 shows no
 * signature image there), when the mark was asked for. Otherwise none.
 */
export function signatureFields(pages: Pages): SignatureField[] {
  const page = pages.pages.find((p) => p.regions.some((r) => r.name === REGION_OF.signer));
  if (!page) {
    const marked = pages.pages.find((p) => p.regions.some((r) => r.name === "annexMark"));
    const mark = marked?.regions.find((r) => r.name === "annexMark");
    return marked && mark && !pages.pages.some((p) => p.section === "main") ? [fieldAt("organisation", marked, mark)] : [];
  }
  const out: SignatureField[] = [];
  for (const name of ["signer", "organisation"] as const) {
    const region = page.regions.find((r) => r.name === REGION_OF[name]);
    if (region) out.push(fieldAt(name, page, region));
  }
  return out;
}

function fieldAt(name: SignatureFieldName, page: Page, r: Region): SignatureField {
  return { name, region: r.name, page: page.index, x: r.x, y: r.y, w: r.w, h: r.h, rect: [r.x, page.height - r.y - r.h, r.x + r.w, page.height - r.y] };
}

/** The field's tooltip (/TU), read out by signing tools. */
const FIELD_LABEL: Record<SignatureFieldName, string> = {
  signer: "Chữ ký của người có thẩm quyền (ô 7c) / signer's signature",
  organisation: "Chữ ký số của cơ quan, tổ chức (ô 8) / organisation's signature",
};

/**
 * Writes each field merged with its widget (ISO 32000-1 §12.7.4.5): printable (/F 4), with an
 * empty normal appearance so that PDF/A's "every annotation has an appearance" holds before
 * signing, and the form listing them. `ids` were allocated before the pages (which list them in
 * /Annots); `pageIds` are the page objects. Returns the catalog's /AcroForm entry, or "".
 */
export function writeEmptyFields(file: PdfFile, fields: { field: SignatureField; id: number }[], pageIds: number[]): string {
  if (!fields.length) return "";
  for (const { field: f, id } of fields) {
    const appearance = file.alloc();
    file.putStream(appearance, ` /Type /XObject /Subtype /Form /BBox [0 0 ${num(f.w)} ${num(f.h)}]`, new Uint8Array(0), false);
    file.put(
      id,
      `<</Type /Annot /Subtype /Widget /FT /Sig /T (${f.name}) /TU ${textString(FIELD_LABEL[f.name])} /F 4 /P ${ref(pageIds[f.page]!)}` +
        ` /Rect [${f.rect.map(num).join(" ")}] /AP <</N ${ref(appearance)}>>>>`,
    );
  }
  const form = file.alloc();
  file.put(form, `<</Fields [${fields.map((f) => ref(f.id)).join(" ")}]>>`);
  return ` /AcroForm ${ref(form)}`;
}
