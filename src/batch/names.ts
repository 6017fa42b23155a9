import { createHash } from "node:crypto";
import { basename, extname, resolve, sep } from "node:path";

/** Names Windows refuses for a file, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_STEM_BYTES = 150;

/**
 * A file-name stem that is safe in any folder: letters (Vietnamese included), digits, ".", "_"
 * and "-" only, no leading dot, no path separator, not empty, at most 150 bytes of UTF-8.
 */
export function safeStem(raw: string): string {
  let stem = raw
    .normalize("NFC")
    .replace(/[^\p{L}\p{M}\p{N}._-]+/gu, "_")
    .replace(/_+/g, "_")
    .replace(/^[._-]+/, "")
    .replace(/[._]+$/, "");
  while (Buffer.byteLength(stem) > MAX_STEM_BYTES) stem = [...stem].slice(0, -1).join("");
  if (!stem || RESERVED.test(stem)) stem = `document${stem ? `_${stem}` : ""}`;
  return stem;
}

/** The stem an input file's output is named after: its base name without the extension. */
export function stemOfPath(path: string): string {
  return safeStem(basename(path, extname(path)));
}

/** Joins `name` to `dir`, refusing anything that would land outside it. */
export function insideDir(dir: string, name: string): string {
  const root = resolve(dir);
  const full = resolve(root, name);
  if (!full.startsWith(root + sep) || full.slice(root.length + 1).includes(sep)) {
    throw new Error(`Tên tệp ra không hợp lệ / output name "${name}" would leave the output folder`);
  }
  return full;
}

const shortHash = (text: string): string => createHash("sha256").update(text).digest("hex").slice(0, 8);

/** An output's name without its format's extension: "x.pdf" and "x.docx" are both "x". */
const baseOf = (name: string): string => name.replace(/\.(pdf|docx)$/iu, "");

/**
 * Gives every input its own output name in one folder. The first input with a stem gets
 * STEM.pdf; another input with the same stem (same base name, other folder) gets
 * STEM-<8 hex of its key>.pdf, so the same inputs always get the same names. Names that the
 * folder's manifest gives to other inputs are never handed out again, and an input keeps the
 * name the manifest gave it, so names are stable from one run to the next. Names are held
 * without their extension, so an input's DOCX is named as its PDF is (x.pdf, x.docx) and two
 * inputs never share a name in either format.
 */
export class OutputNamer {
  /** lower-case base name → key of the input that holds it (case-insensitive file systems). */
  private readonly taken = new Map<string, string>();
  private readonly previous = new Map<string, string>();

  /** @param extension of the names handed out: "pdf" or "docx". */
  constructor(private readonly extension = "pdf") {}

  /** Names given in an earlier run (in any format), from the manifest. */
  remember(key: string, name: string): void {
    const base = baseOf(name);
    this.previous.set(key, base);
    if (!this.taken.has(base.toLowerCase())) this.taken.set(base.toLowerCase(), key);
  }

  claim(key: string, stem: string): string {
    const earlier = this.previous.get(key);
    if (earlier && this.free(earlier, key)) return this.take(earlier, key);
    const candidates = [stem, `${stem}-${shortHash(key)}`];
    for (const base of candidates) if (this.free(base, key)) return this.take(base, key);
    for (let n = 2; ; n++) {
      const base = `${stem}-${shortHash(key)}-${n}`;
      if (this.free(base, key)) return this.take(base, key);
    }
  }

  private free(base: string, key: string): boolean {
    const holder = this.taken.get(base.toLowerCase());
    return holder === undefined || holder === key;
  }

  private take(base: string, key: string): string {
    this.taken.set(base.toLowerCase(), key);
    return `${base}.${this.extension}`;
  }
}
