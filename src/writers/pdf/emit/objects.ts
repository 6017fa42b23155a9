import { hex, latin1, type PdfCodec } from "./codec.js";

/**
 * PDF objects and the file around them (ISO 32000-1 §7): numbers, names, strings, and a file
 * builder that numbers indirect objects, records their offsets and writes the cross-reference
 * table and trailer. Everything here is ASCII except stream data and the binary comment.
 */

/** A number as PDF writes it: at most 3 decimals (0.001 pt ≈ 0.35 µm), no exponent. */
export function num(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  const r = Math.round(n * 1000) / 1000;
  return r === 0 ? "0" : String(r);
}

/** A reference to indirect object `id`. */
export const ref = (id: number): string => `${id} 0 R`;

/** A text string (Info entries): UTF-16BE with a byte order mark, as a hex string. */
export function textString(s: string): string {
  let hex = "<FEFF";
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, "0");
  return `${hex}>`;
}

/** A name object; bytes outside the regular printable range are #-escaped (§7.3.5). */
export function name(s: string): string {
  let out = "/";
  for (const byte of new TextEncoder().encode(s)) {
    const regular = byte > 0x20 && byte < 0x7f && !"()<>[]{}/%#".includes(String.fromCharCode(byte));
    out += regular ? String.fromCharCode(byte) : `#${byte.toString(16).padStart(2, "0")}`;
  }
  return out;
}

const HEADER = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n";

/**
 * A PDF file being assembled: objects are allocated first, then written in any order. The bytes
 * written so far can be taken at any time (take), so a stream sends them before the file is done.
 */
export class PdfFile {
  private pending: Uint8Array[] = [];
  private length = 0;
  private readonly digest: ReturnType<PdfCodec["md5"]>;
  private readonly offsets: number[] = [];
  private next = 1;

  constructor(readonly codec: PdfCodec) {
    this.digest = codec.md5();
    this.append(latin1(HEADER));
  }

  /** Reserves an object number. */
  alloc(): number {
    return this.next++;
  }

  /** Writes object `id` with a dictionary or other direct value. */
  put(id: number, value: string): void {
    this.begin(id);
    this.append(latin1(`${id} 0 obj\n${value}\nendobj\n`));
  }

  /** Writes object `id` as a stream; `dict` holds the entries other than /Length and /Filter. */
  putStream(id: number, dict: string, data: Uint8Array, compress = true): void {
    const body = compress ? this.codec.deflate(data) : data;
    const filter = compress ? " /Filter /FlateDecode" : "";
    this.begin(id);
    this.append(latin1(`${id} 0 obj\n<<${dict}${filter} /Length ${body.length}>>\nstream\n`));
    this.append(body);
    this.append(latin1("\nendstream\nendobj\n"));
  }

  /** The bytes written since the last take, in file order. */
  take(): Uint8Array[] {
    const out = this.pending;
    this.pending = [];
    return out;
  }

  /**
   * Ends the file: cross-reference table and trailer (take them with take()). The trailer's /ID is
   * the MD5 of everything before the cross-reference table, so the same objects give the same
   * bytes and any change of content a new ID.
   */
  finish(root: number, info: number): void {
    const count = this.next;
    for (let id = 1; id < count; id++) {
      if (this.offsets[id] === undefined) throw new Error(`PDF object ${id} was allocated but never written`);
    }
    const id = hex(this.digest.digest());
    let xref = `xref\n0 ${count}\n0000000000 65535 f \n`;
    for (let i = 1; i < count; i++) xref += `${String(this.offsets[i]).padStart(10, "0")} 00000 n \n`;
    const trailer = `trailer\n<</Size ${count} /Root ${ref(root)} /Info ${ref(info)} /ID [<${id}> <${id}>]>>\nstartxref\n${this.length}\n%%EOF\n`;
    this.pending.push(latin1(xref + trailer));
  }

  private begin(id: number): void {
    if (id < 1 || id >= this.next) throw new Error(`PDF object ${id} was not allocated`);
    if (this.offsets[id] !== undefined) throw new Error(`PDF object ${id} written twice`);
    this.offsets[id] = this.length;
  }

  private append(chunk: Uint8Array): void {
    this.pending.push(chunk);
    this.length += chunk.length;
    this.digest.update(chunk);
  }
}
