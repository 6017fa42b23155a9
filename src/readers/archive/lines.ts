/**
 * The input as lines, each in the forms the reader needs: as written (for source lines and
 * warnings), whitespace-normalised (for content), without emphasis markers (for recognising
 * what a line is) and folded to lower-case ASCII-like letters (so that text whose diacritics
 * were lost by OCR is still recognised: "Noi nhan", "So: 60/HD-LDLD").
 */
export interface ArchiveLine {
  /** 1-based line number in the input. */
  line: number;
  /** The line as written, without its line break; for a cell of a split line, that cell. */
  raw: string;
  /** NFC, spaces folded, trimmed. Emphasis markers are kept. */
  text: string;
  /** `text` without "*" emphasis markers. */
  plain: string;
  /** `plain` lower-cased, diacritics removed, đ → d; index-aligned with `plain`. */
  folded: string;
}

/** Splits on every line break an archive may contain (CRLF, CR, LF, Unicode separators). */
export function splitRawLines(input: string): string[] {
  const text = input.replace(/^\uFEFF/, "");
  // Most inputs break lines with "\n" only; a plain split is much faster on a megabyte.
  return /[\r\u2028\u2029]/.test(text) ? text.split(/\r\n|\r|\n|\u2028|\u2029/) : text.split("\n");
}

// No-break and other wide spaces become spaces; zero-width characters and controls go.
const WIDE_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function cleanText(raw: string): string {
  if (raw === "") return raw;
  return raw.normalize("NFC").replace(WIDE_SPACES, " ").replace(INVISIBLE, "").replace(/[ \t]+/g, " ").trim();
}

export function stripEmphasisMarks(text: string): string {
  return text.replace(/\*+/g, "").replace(/ {2,}/g, " ").trim();
}

const foldCache = new Map<string, string>();

/** One character folded, keeping its UTF-16 length so that indices stay aligned. */
function foldChar(ch: string): string {
  const hit = foldCache.get(ch);
  if (hit !== undefined) return hit;
  let out = ch;
  if (ch === "đ" || ch === "Đ") out = "d";
  else {
    const base = ch.normalize("NFD").charAt(0).toLowerCase();
    if (base.length === ch.length && base !== "") out = base;
  }
  if (foldCache.size < 4096) foldCache.set(ch, out);
  return out;
}

/** A text without the marks at its two ends ("TM." → "TM", "… VIỆT NAM." → "… VIỆT NAM"): letters and digits only there. */
export const withoutEdgeMarks = (s: string): string => s.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");

/** Lower case, no diacritics, đ → d; same length as the input. */
export function foldVi(s: string): string {
  // Fast path for Vietnamese in NFC, where each letter is one unit that decomposes into its
  // base letter and marks; anything that changes length (Hangul, stray marks) takes the slow one.
  const fast = s.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/gu, "d").toLowerCase();
  if (fast.length === s.length) return fast;
  let out = "";
  for (const ch of s) out += foldChar(ch);
  return out;
}

export function makeLine(line: number, raw: string, text = cleanText(raw)): ArchiveLine {
  if (text === "") return { line, raw, text, plain: "", folded: "" };
  const plain = stripEmphasisMarks(text);
  return { line, raw, text, plain, folded: foldVi(plain) };
}

/** A line rebuilt from new content (e.g. after removing markdown marks), keeping number and raw text. */
export function withText(l: ArchiveLine, text: string): ArchiveLine {
  return makeLine(l.line, l.raw, text);
}

/** No lower-case letter and at least two letters: issuer names, type names, signature lines. */
export function isCaps(s: string): boolean {
  if (/\p{Ll}/u.test(s)) return false;
  const letters = s.match(/\p{Lu}/gu);
  return (letters?.length ?? 0) >= 2;
}
