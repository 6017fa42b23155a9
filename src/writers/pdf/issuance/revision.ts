import { DocumentError } from "../../../model/errors.js";

/**
 * The latest revision of a PDF with classic cross-reference tables (what vanban writes, and what
 * its own incremental updates append): where each object is and what the trailer says. Enough to
 * append one more revision (ISO 32000-1 §7.5.6) without rewriting a byte of the file. A file
 * whose cross-references are streams (another tool rewrote it) is refused with a clear error.
 */
export interface Revision {
  size: number;
  root: number;
  info?: number;
  /** The trailer's /ID, both hex strings. */
  id?: [string, string];
  /** Offset of the latest cross-reference section (the next revision's /Prev). */
  startxref: number;
  offsets: Map<number, number>;
}

const unsupported = (vi: string, en: string): DocumentError =>
  new DocumentError([{ path: "pdf", vi: `không đọc được cấu trúc tệp PDF để ký: ${vi}`, en: `cannot read the PDF's structure to sign it: ${en}` }], "pdf");

export function readRevision(bytes: Buffer): Revision {
  const tailStart = Math.max(0, bytes.length - 1024);
  const sx = bytes.lastIndexOf("startxref");
  if (sx < tailStart) throw unsupported("không thấy startxref", "no startxref near the end");
  const startxref = Number(/startxref\s+(\d+)/.exec(bytes.subarray(sx, sx + 40).toString("latin1"))?.[1]);
  if (!Number.isInteger(startxref)) throw unsupported("startxref hỏng", "startxref is damaged");
  const offsets = new Map<number, number>();
  const seen = new Set<number>();
  let first: Omit<Revision, "offsets" | "startxref"> | undefined;
  for (let at: number | undefined = startxref; at !== undefined; ) {
    if (seen.has(at) || at >= bytes.length) throw unsupported("chuỗi /Prev lặp", "the /Prev chain loops or points outside the file");
    seen.add(at);
    if (bytes.subarray(at, at + 4).toString("latin1") !== "xref") throw unsupported("bảng tham chiếu dạng luồng", "cross-reference streams are not supported");
    const trailerAt: number = bytes.indexOf("trailer", at);
    const endAt = bytes.indexOf("startxref", trailerAt);
    if (trailerAt < 0 || endAt < 0) throw unsupported("thiếu trailer", "missing trailer");
    readSections(bytes.subarray(at + 4, trailerAt).toString("latin1"), offsets);
    const trailer: string = bytes.subarray(trailerAt, endAt).toString("latin1");
    if (!first) {
      const size = Number(/\/Size\s+(\d+)/.exec(trailer)?.[1]);
      const root = Number(/\/Root\s+(\d+)\s+0\s+R/.exec(trailer)?.[1]);
      if (!Number.isInteger(size) || !Number.isInteger(root)) throw unsupported("trailer thiếu /Size hoặc /Root", "trailer lacks /Size or /Root");
      const info = /\/Info\s+(\d+)\s+0\s+R/.exec(trailer)?.[1];
      const id = /\/ID\s*\[\s*<([0-9a-fA-F]*)>\s*<([0-9a-fA-F]*)>\s*\]/.exec(trailer);
      first = { size, root, ...(info ? { info: Number(info) } : {}), ...(id ? { id: [id[1]!, id[2]!] as [string, string] } : {}) };
    }
    const prev: string | undefined = /\/Prev\s+(\d+)/.exec(trailer)?.[1];
    at = prev === undefined ? undefined : Number(prev);
  }
  return { ...first!, startxref, offsets };
}

/** Subsections "start count" then count entries "offset generation n|f"; newer revisions win. */
function readSections(text: string, offsets: Map<number, number>): void {
  const t = text.trim().split(/\s+/).filter(Boolean);
  for (let i = 0; i < t.length; ) {
    const start = Number(t[i]);
    const count = Number(t[i + 1]);
    i += 2;
    for (let k = 0; k < count; k++, i += 3) {
      const id = start + k;
      if (t[i + 2] === "n" && !offsets.has(id)) offsets.set(id, Number(t[i]));
      else if (!offsets.has(id)) offsets.set(id, -1);
    }
  }
}

/** The text of object `id` between "obj" and "endobj" (a dictionary, not a stream). */
export function objectText(bytes: Buffer, rev: Revision, id: number): string {
  const at = rev.offsets.get(id);
  if (at === undefined || at < 0) throw unsupported(`không có đối tượng ${id}`, `object ${id} is missing`);
  const head = `${id} 0 obj`;
  if (bytes.subarray(at, at + head.length).toString("latin1") !== head) throw unsupported(`vị trí đối tượng ${id} sai`, `object ${id} is not where the table says`);
  const end = bytes.indexOf("endobj", at);
  const text = bytes.subarray(at + head.length, end).toString("latin1").trim();
  if (/\bstream\s*$/.test(text) || text.includes("\nstream")) throw unsupported(`đối tượng ${id} là luồng`, `object ${id} is a stream`);
  return text;
}

/** The object numbers of `key`'s array of references in a dictionary text. */
export function refArray(dict: string, key: string): number[] {
  const body = new RegExp(`/${key}\\s*\\[([^\\]]*)\\]`).exec(dict)?.[1] ?? "";
  return [...body.matchAll(/(\d+)\s+0\s+R/g)].map((m) => Number(m[1]));
}

export function refOf(dict: string, key: string): number | undefined {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(dict);
  return m ? Number(m[1]) : undefined;
}
