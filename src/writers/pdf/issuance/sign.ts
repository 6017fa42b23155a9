import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { deflateSync } from "node:zlib";
import { SignPdf } from "@signpdf/signpdf";
import { P12Signer } from "@signpdf/signer-p12";
import { DocumentError } from "../../../model/errors.js";
import { num, ref, textString } from "../emit/objects.js";
import type { SignatureFieldName } from "./fields.js";
import { fitImage, readPng } from "./image.js";
import { objectText, readRevision, refArray, refOf, type Revision } from "./revision.js";

/**
 * Signing one of vanban's signature fields with a PKCS#12 (detached CMS, /adbe.pkcs7.detached,
 * the form PAdES part 2 accepts) by an incremental update: the bytes already in the file, and any
 * signature over them, are kept as they are; the new revision fills the field's /V, gives it the
 * signature or seal image as its appearance, and sets the form's SigFlags. The CMS itself is made
 * by @signpdf/signpdf with its P12Signer (node-forge), through their public API.
 */
export interface SignOptions {
  /** The PKCS#12 (.p12/.pfx): its bytes or a path. */
  p12: Uint8Array | string;
  /** The PKCS#12's password. */
  password?: string;
  /** Which field: "signer" (ô 7c, default) or "organisation" (ô 8). */
  field?: SignatureFieldName;
  /** A PNG (transparency kept) drawn in the field: the signature for ô 7c, the seal for ô 8. */
  image?: Uint8Array | string;
  /** The signing time written in the CMS and the signature dictionary; now by default. */
  signingTime?: Date;
  reason?: string;
  location?: string;
  /** Room reserved for the CMS, in bytes (default 16384): enough for a certificate chain of a few certificates. */
  signatureLength?: number;
}

const bytesOf = (v: Uint8Array | string): Buffer => (typeof v === "string" ? readFileSync(v) : Buffer.from(v.buffer, v.byteOffset, v.byteLength));

const fieldError = (vi: string, en: string): DocumentError => new DocumentError([{ path: "sign.field", vi, en }], "sign");

/** Signs `pdf` (a vanban PDF with signature fields, signed before or not) and returns the new bytes. */
export async function signPdf(pdf: Uint8Array, options: SignOptions): Promise<Uint8Array> {
  const field = options.field ?? "signer";
  const base = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const rev = readRevision(base);
  const root = objectText(base, rev, rev.root);
  const formId = refOf(root, "AcroForm");
  if (formId === undefined) throw fieldError("tệp không có trường chữ ký (hãy kết xuất với signatureFields)", "the file has no signature fields (render it with signatureFields on)");
  const form = objectText(base, rev, formId);
  const fieldId = refArray(form, "Fields").find((id) => objectText(base, rev, id).includes(`/T (${field})`));
  if (fieldId === undefined) throw fieldError(`không có trường chữ ký "${field}"`, `no signature field named "${field}"`);
  const widget = objectText(base, rev, fieldId);
  if (/\/V\s+\d+\s+0\s+R/.test(widget)) throw fieldError(`trường "${field}" đã được ký`, `field "${field}" is already signed`);
  const rect = /\/Rect\s*\[([^\]]*)\]/.exec(widget)?.[1]?.trim().split(/\s+/).map(Number);
  if (!rect || rect.length !== 4 || rect.some((n) => !Number.isFinite(n))) throw fieldError(`trường "${field}" thiếu /Rect`, `field "${field}" has no /Rect`);
  const [w, h] = [Math.abs(rect[2]! - rect[0]!), Math.abs(rect[3]! - rect[1]!)];

  const update = new Update(base, rev);
  const time = options.signingTime ?? new Date();
  const sig = update.alloc();
  const appearance = appearanceOf(update, w, h, options.image);
  const length = options.signatureLength ?? 16384;
  update.put(
    sig,
    `<</Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /ByteRange [0 /********** /********** /**********]` +
      ` /Contents <${"0".repeat(length * 2)}> /M (${pdfTime(time)})` +
      (options.reason ? ` /Reason ${textString(options.reason)}` : "") +
      (options.location ? ` /Location ${textString(options.location)}` : "") +
      `>>`,
  );
  const withAp = widget.replace(/\/AP\s*<<[^>]*>>/, `/AP <</N ${ref(appearance)}>>`);
  update.put(fieldId, `${withAp.slice(0, -2)} /V ${ref(sig)}>>`);
  // SignaturesExist | AppendOnly (§12.7.2): viewers must save later changes incrementally too.
  const flagged = /\/SigFlags\s+\d+/.test(form) ? form.replace(/\/SigFlags\s+\d+/, "/SigFlags 3") : `${form.slice(0, -2)} /SigFlags 3>>`;
  update.put(formId, flagged);
  const prepared = update.finish();
  const signer = new P12Signer(bytesOf(options.p12), { passphrase: options.password ?? "" });
  let signed: Buffer;
  try {
    signed = await new SignPdf().sign(prepared, signer, time);
  } catch (e) {
    throw p12Error(e, options.password ?? "");
  }
  return new Uint8Array(signed.buffer, signed.byteOffset, signed.byteLength);
}

/** A PKCS#12 that cannot be opened, said plainly (node-forge's messages name ASN.1 parts). */
function p12Error(e: unknown, password: string): unknown {
  const message = e instanceof Error ? e.message : String(e);
  if (!/PKCS#12|pkcs12|decrypt|MAC/i.test(message)) return e;
  // node-forge reads a PBES2 (AES) PKCS#12 with a non-ASCII password wrongly: say so rather than "wrong password".
  const ascii = /^[\x20-\x7e]*$/.test(password);
  return new DocumentError(
    [
      {
        path: "sign.p12",
        vi: `không mở được tệp PKCS#12: sai mật khẩu hoặc tệp hỏng${ascii ? "" : " (mật khẩu có ký tự ngoài ASCII chưa được hỗ trợ)"} (${message})`,
        en: `cannot open the PKCS#12: wrong password or damaged file${ascii ? "" : " (non-ASCII passwords are not supported)"} (${message})`,
      },
    ],
    "sign",
  );
}

/** The field's appearance: empty, or the image fitted and centred in the field's rectangle. */
function appearanceOf(update: Update, w: number, h: number, image: Uint8Array | string | undefined): number {
  const form = update.alloc();
  const bbox = `/Type /XObject /Subtype /Form /BBox [0 0 ${num(w)} ${num(h)}]`;
  if (image === undefined) {
    update.putStream(form, bbox, Buffer.alloc(0));
    return form;
  }
  const png = readPng(bytesOf(image), "sign.image");
  const im = update.alloc();
  let smask = "";
  if (png.alpha) {
    const mask = update.alloc();
    update.putStream(mask, `/Type /XObject /Subtype /Image /Width ${png.width} /Height ${png.height} /ColorSpace /DeviceGray /BitsPerComponent 8`, png.alpha);
    smask = ` /SMask ${ref(mask)}`;
  }
  update.putStream(im, `/Type /XObject /Subtype /Image /Width ${png.width} /Height ${png.height} /ColorSpace /DeviceRGB /BitsPerComponent 8${smask}`, png.rgb);
  const at = fitImage(png, w, h);
  update.putStream(form, `${bbox} /Resources <</XObject <</Im1 ${ref(im)}>>>>`, Buffer.from(`q ${num(at.w)} 0 0 ${num(at.h)} ${num(at.x)} ${num(at.y)} cm /Im1 Do Q`, "latin1"));
  return form;
}

/** "D:20260101093000Z": the signing time in UTC. */
const pdfTime = (d: Date): string => `D:${d.toISOString().replace(/[-:T]/g, "").slice(0, 14)}Z`;

/** One incremental update (§7.5.6): new and changed objects, their xref section, a trailer with /Prev. */
class Update {
  private readonly parts: Buffer[] = [];
  private readonly offsets = new Map<number, number>();
  private length: number;
  private next: number;

  constructor(
    private readonly base: Buffer,
    private readonly rev: Revision,
  ) {
    this.next = rev.size;
    const gap = base[base.length - 1] === 0x0a ? "" : "\n";
    this.parts.push(Buffer.from(gap, "latin1"));
    this.length = base.length + gap.length;
  }

  alloc(): number {
    return this.next++;
  }

  put(id: number, value: string): void {
    this.add(id, Buffer.from(`${id} 0 obj\n${value}\nendobj\n`, "latin1"));
  }

  putStream(id: number, dict: string, data: Buffer): void {
    const body = data.length ? deflateSync(data) : data;
    const filter = data.length ? " /Filter /FlateDecode" : "";
    this.add(id, Buffer.concat([Buffer.from(`${id} 0 obj\n<<${dict}${filter} /Length ${body.length}>>\nstream\n`, "latin1"), body, Buffer.from("\nendstream\nendobj\n", "latin1")]));
  }

  finish(): Buffer {
    const xrefAt = this.length;
    let xref = "xref\n";
    for (const id of [...this.offsets.keys()].sort((a, b) => a - b)) xref += `${id} 1\n${String(this.offsets.get(id)).padStart(10, "0")} 00000 n \n`;
    const body = Buffer.concat(this.parts);
    // The ID's first half is permanent; the second changes with each revision (§14.4).
    const first = this.rev.id?.[0] ?? createHash("md5").update(this.base).digest("hex");
    const second = createHash("md5").update(body).digest("hex");
    const info = this.rev.info === undefined ? "" : ` /Info ${ref(this.rev.info)}`;
    const trailer = `trailer\n<</Size ${this.next} /Root ${ref(this.rev.root)}${info} /ID [<${first}> <${second}>] /Prev ${this.rev.startxref}>>\nstartxref\n${xrefAt}\n%%EOF\n`;
    return Buffer.concat([this.base, body, Buffer.from(xref + trailer, "latin1")]);
  }

  private add(id: number, chunk: Buffer): void {
    this.offsets.set(id, this.length);
    this.parts.push(chunk);
    this.length += chunk.length;
  }
}
