import { foldVi } from "../archive/lines.js";
import { isVietnameseSyllable } from "../decode/syllable.js";
import type { ImportResult } from "../archive/types.js";
import { emptyFields, readings, type ConfidentWord, type Emptied, type FieldReading } from "./confidence.js";

/**
 * A second, independent reading of a band of a page (its top and bottom as shares of the
 * page's height): the lines OCR read there, in its reading order.
 */
export type Reread = (page: number, top: number, bottom: number) => Promise<string[]>;

/** A reading's words, and which of them open a line. */
export interface Words {
  words: string[];
  lineStarts: Set<number>;
}

/** The words of a reading's lines, each line compared on its own (a line's end is no "-"). */
export function wordsOfLines(lines: readonly string[]): Words {
  const words: string[] = [];
  const lineStarts = new Set<number>();
  for (const line of lines) {
    lineStarts.add(words.length);
    words.push(...comparable(line));
  }
  return { words, lineStarts };
}

/** Words compared: NFC, " / " and " - " closed up, punctuation at a word's edges left out. */
export function comparable(text: string): string[] {
  return text
    .normalize("NFC")
    .replace(/\s*([/-])\s*/gu, "$1")
    .split(/\s+/u)
    .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter(Boolean);
}

/**
 * Whether `needle` stands in `hay` from word `i`, letter for letter, where `hay` may lack a space
 * `needle` has between two whole syllables (the second reading fused them: "dẫnbáocáo"), never
 * one it lacks (a word the first reading fused) nor one inside a broken word ("THƯỜN G").
 */
function standsAt(hay: readonly string[], i: number, needle: string, parted: ReadonlySet<number>): boolean {
  const b = hay.slice(i, i + needle.length).join(" ");
  let q = 0;
  for (let p = 0; p < needle.length; p++) {
    if (needle[p] === b[q]) q++;
    else if (!parted.has(p)) return false;
  }
  return q === b.length || b[q] === " ";
}

/**
 * Whether `needle`'s words stand in `hay`; with `startsLine`, at a line's start or after a word
 * that cannot end a place (two columns read as one line: "Số: 15/KH-LĐLĐ Lai Châu, ngày …"). Linear in the product of their lengths, both short.
 */
function showsWords(hay: Words, needle: readonly string[], startsLine = false): boolean {
  const text = needle.join(" ");
  // The spaces between two syllables (or numbers) that another reading may have lost.
  const parted = new Set<number>();
  for (let k = 0, at = 0; k + 1 < needle.length; k++) {
    at += needle[k]!.length;
    if ([needle[k]!, needle[k + 1]!].every((w) => /^\d+$/u.test(w) || isVietnameseSyllable(w))) parted.add(at);
    at += 1;
  }
  for (let i = 0; i < hay.words.length; i++) {
    // A place is read whole: no word of a place's (a capitalised word) before it on its line.
    if (startsLine && !hay.lineStarts.has(i) && /^\p{Lu}\p{Ll}/u.test(hay.words[i - 1]!)) continue;
    if (standsAt(hay.words, i, text, parted)) return true;
  }
  return false;
}

/**
 * What the second reading shows where the first read `needle`: the run of as many words that
 * shares the most words with it, letters compared without their marks (the two readings differ
 * by a tone mark more often than by a word).
 */
export function nearestWords(hay: readonly string[], needle: readonly string[]): string {
  if (hay.length === 0) return "";
  const folded = hay.map(foldVi);
  const want = needle.map(foldVi);
  const n = Math.min(needle.length, hay.length);
  let best = 0;
  let bestScore = -1;
  for (let i = 0; i + n <= hay.length; i++) {
    let score = 0;
    for (let k = 0; k < n; k++) if (folded[i + k] === want[k]) score++;
    if (score > bestScore) [best, bestScore] = [i, score];
  }
  return hay.slice(best, best + n).join(" ");
}

/** The first evidence string another reading does not show, with what it shows there instead. */
export function disagreement(reading: FieldReading, other: Words): { first: string; second: string } | undefined {
  const key = (w: string) => (reading.anyCase ? w.toLocaleLowerCase("vi") : w);
  const hay = { words: other.words.map(key), lineStarts: other.lineStarts };
  for (const evidence of reading.evidence) {
    const needle = comparable(evidence);
    if (needle.length === 0) continue;
    if (!showsWords(hay, needle.map(key), reading.startsLine)) return { first: needle.join(" "), second: nearestWords(other.words, needle) };
  }
  return undefined;
}

const bare = (s: string) => s.normalize("NFC").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");

/** Margin added above and below a band, as a share of the page's height (a line and a half). */
const MARGIN = 0.03;

/**
 * The band of a page a region's fields stand in: from the highest to the lowest of their words
 * in the first reading, with a margin. The header's band starts at the top of page 1; the
 * signature's is on the last page. Undefined when none of the words is found.
 */
function band(fields: readonly FieldReading[], words: readonly ConfidentWord[], page: number, header: boolean): [number, number] | undefined {
  const wanted = new Set(fields.flatMap((f) => f.evidence.flatMap((e) => e.split(/\s+/u).map(bare))).filter((t) => t.length > 0));
  // Each word where the field stands: its topmost reading for the header (the same word lower
  // down is the body's), its lowest for the signature (which closes the page).
  const at = new Map<string, number>();
  for (const w of words) {
    if ((w.page ?? 1) !== page || w.y === undefined || (header && w.y > 0.6)) continue;
    const t = bare(w.text);
    if (!wanted.has(t)) continue;
    const seen = at.get(t);
    if (seen === undefined || (header ? w.y < seen : w.y > seen)) at.set(t, w.y);
  }
  const ys = [...at.values()];
  if (ys.length === 0) return undefined;
  // A line's y is its baseline: the band reaches a line's height above the highest.
  const top = header ? 0 : Math.max(0, Math.min(...ys) - MARGIN - 0.02);
  return [top, Math.min(1, Math.max(...ys) + MARGIN)];
}

export interface Agreement<R> {
  result: R;
  /** Time the second readings took, in ms, and the pages' bands they read. */
  ms: number;
  bands: { page: number; top: number; bottom: number }[];
}

/**
 * Keeps a field OCR read only when a second, independent reading of the band it stands in shows
 * the same words (NFC, word for word): OCR misreads a tone mark with high confidence now and then,
 * and a reading at another resolution, binarised, with another segmentation rarely misreads it
 * alike. A field the two readings disagree on is emptied with a warning quoting both.
 */
export async function keepAgreedFields<R extends ImportResult>(result: R, words: readonly ConfidentWord[], reread: Reread): Promise<Agreement<R>> {
  const fields = readings(result).filter((r) => r.keys.some((k) => result.fields[k] === "text") && (r.part !== "authority" || Boolean(result.document.signature?.authority?.length)));
  const started = Date.now();
  const last = Math.max(1, ...words.map((w) => w.page ?? 1));
  const bands: Agreement<R>["bands"] = [];
  const emptied: Emptied[] = [];
  for (const region of ["head", "foot"] as const) {
    const mine = fields.filter((f) => f.region === region);
    if (mine.length === 0) continue;
    const page = region === "head" ? 1 : last;
    const [top, bottom] = band(mine, words, page, region === "head") ?? (region === "head" ? [0, 0.5] : [0.3, 1]);
    bands.push({ page, top, bottom });
    // A second reading that fails (a time limit) confirms nothing. No third reading breaks a tie:
    // on the sweep a third sided with the first on misread tone marks ("BẠN", "kiếm") twice.
    const second = await reread(page, top, bottom).then(wordsOfLines, () => wordsOfLines([]));
    for (const r of mine) {
      const differs = disagreement(r, second);
      if (!differs) continue;
      const seen = differs.second || "—";
      emptied.push({
        reading: r,
        warning: {
          line: r.line,
          text: r.text.replace(/\*/gu, "").trim(),
          code: "ocr-readings-differ",
          vi: `${r.label.vi}: hai lần OCR đọc khác nhau ("${differs.first}" và "${seen}"): để trống, cần nhập tay`,
          en: `${r.label.en}: two OCR readings differ ("${differs.first}" and "${seen}"): left empty for a person to fill`,
        },
      });
    }
  }
  return { result: emptyFields(result, emptied), ms: Date.now() - started, bands };
}
