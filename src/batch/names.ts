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

/** The stem an input file's PDF is named after: its base name without the extension. */
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

/**
 * Gives every input its own output name in one folder. The first input with a stem gets
 * STEM.pdf; another input with the same stem (same base name, other folder) gets
 * STEM-<8 hex of its key>.pdf, so the same inputs always get the same names. Names that the
 * folder's manifest gives to other inputs are never handed out again, and an input keeps the
 * name the manifest gave it, so names are stable from one run to the next.
 */
export class OutputNamer {
  /** lower-case name → key of the input that holds it (case-insensitive file systems). */
  private readonly taken = new Map<string, string>();
  private readonly previous = new Map<string, string>();

  /** Names given in an earlier run, from the manifest. */
  remember(key: string, name: string): void {
    this.previous.set(key, name);
    if (!this.taken.has(name.toLowerCase())) this.taken.set(name.toLowerCase(), key);
  }

  claim(key: string, stem: string): string {
    const earlier = this.previous.get(key);
    if (earlier && this.free(earlier, key)) return this.take(earlier, key);
    const candidates = [`${stem}.pdf`, `${stem}-${shortHash(key)}.pdf`];
    for (const name of candidates) if (this.free(name, key)) return this.take(name, key);
    for (let n = 2; ; n++) {
      const name = `${stem}-${shortHash(key)}-${n}.pdf`;
      if (this.free(name, key)) return this.take(name, key);
    }
  }

  private free(name: string, key: string): boolean {
    const holder = this.taken.get(name.toLowerCase());
    return holder === undefined || holder === key;
  }

  private take(name: string, key: string): string {
    this.taken.set(name.toLowerCase(), key);
    return name;
  }
}
