import { isDeepStrictEqual } from "node:util";
import { issuerOfPlainLines } from "../archive/assemble.js";
import { foldVi, withoutEdgeMarks } from "../archive/lines.js";
import { isVietnameseSyllable } from "../decode/syllable.js";
import type { ImportResult, ImportWarning, PartialDocument } from "../archive/types.js";
import { confidenceIndex, emptyFields, withoutNumberTraces, wordKey, inRegion, lowConfidence, readings, textConfidence, type Box, type ConfidentWord, type Emptied, type FieldReading } from "./confidence.js";
import { MISSPELT, misspelt } from "./page-items.js";
import { baseLetters, comparedLetters, matchVocabulary } from "./vocabulary.js";
import { formsListedWord, listedWithOtherTone } from "../../text/compounds.js";
import { listProfiles, loadProfile } from "../../layout/load.js";
import { knownTypeCodes } from "../archive/symbol.js";
import { NATIONAL_TITLE } from "../archive/cells.js";

/** A word a second reading saw, with its confidence (0–100). */
export interface ReadWord {
  text: string;
  conf: number;
}

/**
 * A second, independent reading of boxes of a page (each where a field stands in the first
 * reading): for each box, the lines read in it, in reading order.
 */
export type Reread = (page: number, boxes: readonly Box[], reading?: "second" | "third") => Promise<ReadWord[][][]>;

/**
 * Letters whose marks OCR confuses even when two readings agree: a tone above a circumflex or
 * breve (acute, grave and hook above are a few pixels apart: "kiếm" for "kiểm", "Tố" for "Tổ"),
 * and the horned ơ, ư ("THƯƠNG" for "THƯỜNG"). A field with one needs a third reading too.
 */
const CONFUSABLE = /[ấầẩẫắằẳẵếềểễốồổỗơớờởỡợưứừửữự]/iu;

/** A reading's words, and which of them open a line. */
export interface Words {
  words: string[];
  lineStarts: Set<number>;
}

/** The words of a reading's lines, each line compared on its own (a line's end is no "-"). */
export function wordsOfLines(lines: readonly string[]): Words {
  const words: string[] = [];
  const lineStarts = new Set<number>();
  const parts = lines.map(comparable);
  for (const [i, line] of parts.entries()) {
    if (readTwice(line, parts[i - 1]) || readTwice(line, parts[i + 1])) continue;
    lineStarts.add(words.length);
    words.push(...line);
  }
  return { words, lineStarts };
}

/**
 * Whether a line of two words or more is a part of the longer line beside it, read twice: its
 * words stand in that line in order ("Nam tình hình mới" beside "… Việt Nam trong tình hình
 * mới"). A crop of a skewed line takes in the end of the next line, and OCR reads it as a line
 * of its own. Linear in the two lines' lengths.
 */
function readTwice(line: readonly string[], beside: readonly string[] | undefined): boolean {
  if (!beside || line.length < 2 || beside.length <= line.length) return false;
  let k = 0;
  for (const word of beside) if (k < line.length && word === line[k]) k++;
  return k === line.length;
}

/**
 * Words compared: NFC, " / " and " - " closed up, a "/" lost between a number and its symbol put
 * back ("1006QĐ-SNV", as the number line reads it), a comma before a letter parted ("Châu,ngày"),
 * punctuation at a word's edges left out.
 */
export function comparable(text: string): string[] {
  return text
    .normalize("NFC")
    .replace(/\s*([/-])\s*/gu, "$1")
    .replace(/(?<![\p{L}\p{N}])(\d+)(?=\p{Lu}[\p{L}\p{N}]*-)/gu, "$1/")
    .replace(/([,;])(?=\p{L})/gu, "$1 ")
    .split(/\s+/u)
    .map(withoutEdgeMarks)
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
    // "…-SNV-Lai Châu": the place's first word glued to the symbol before it counts too.
    if (startsLine && !hay.lineStarts.has(i) && /^\p{Lu}\p{Ll}/u.test(hay.words[i - 1]!.split(/[/-]/u).at(-1)!)) continue;
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
  // A line that stands for a vocabulary's entry is compared by base letters: the one entry with
  // them is what both readings read, whatever marks OCR put on them.
  const bases = { words: other.words.map(comparedLetters), lineStarts: other.lineStarts };
  for (const [i, evidence] of reading.evidence.entries()) {
    const entry = reading.entries?.[i];
    const needle = comparable(entry ?? evidence);
    if (needle.length === 0) continue;
    const shown = entry ? showsWords(bases, needle.map(comparedLetters), reading.startsLine) : showsWords(hay, needle.map(key), reading.startsLine);
    if (!shown) return { first: comparable(evidence).join(" "), second: nearestWords(other.words, needle) };
  }
  return undefined;
}

/** Levenshtein distance of two short strings, or Infinity once it passes `max` (a row at a time, O(|a|·|b|)). */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return Infinity;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...next) > max) return Infinity;
    row = next;
  }
  return row[b.length]!;
}

/** Letters apart, by base letters: the most a garbled reading of a word may differ from it ("TÔỔNG", "LĐÐLĐ"). */
const GARBLE = 2;

/** The run of `needle.length` words of `hay` nearest `needle` letter for letter (by base letters), undefined when `hay` is shorter. */
function closestRun(hay: readonly string[], needle: readonly string[]): readonly string[] | undefined {
  if (hay.length < needle.length) return undefined;
  const want = needle.map(baseLetters);
  const bases = hay.map(baseLetters);
  let best = 0;
  let bestCost = Infinity;
  for (let i = 0; i + needle.length <= hay.length; i++) {
    let cost = 0;
    for (let k = 0; k < needle.length && cost < bestCost; k++) cost += Math.min(GARBLE + 1, editDistance(bases[i + k]!, want[k]!, GARBLE));
    if (cost < bestCost) [best, bestCost] = [i, cost];
  }
  return hay.slice(best, best + needle.length);
}

/**
 * Whether another reading differs from this field's evidence only where it shows a garbled word
 * (garbledWord: a letter Vietnamese has not, marks no syllable takes: "TÔỔNG", "LĐÐLĐ", "SÑV") and
 * this reading a well-formed one a letter or two apart. A garbled word neither confirms nor
 * contradicts: the field is kept only if a third reading shows it (keepAgreedFields).
 */
export function garbledOnly(reading: FieldReading, other: Words, lexicon = true): boolean {
  const found = garbledWords(reading, other, lexicon);
  return found !== undefined && found.theirs && found.repairs.size === 0;
}

/** The reading as repaired: each garbled word of its text and evidence replaced. */
export function repairedReading(reading: FieldReading, repairs: ReadonlyMap<string, string>): FieldReading {
  const fix = (text: string) => replaceWords(text, repairs);
  return { ...reading, text: fix(reading.text), evidence: reading.evidence.map(fix) };
}

/** `text` with each word whose core (wordKey) is a key of `repairs` replaced, its edge punctuation kept. */
export function replaceWords(text: string, repairs: ReadonlyMap<string, string>): string {
  return text.replace(/\S+/gu, (token) => {
    const core = wordKey(token);
    const to = repairs.get(core);
    return to === undefined ? token : token.replace(core, to);
  });
}

/**
 * A word no Vietnamese text has: misspelt (a letter Vietnamese lacks, marks no syllable takes), or
 * a word of small letters without marks that spells no syllable ("Luiu" for "Lưu"). Capitals
 * without marks are abbreviations ("LĐLĐ", "SNV"), and never garbled on that account.
 */
export function garbledWord(word: string): boolean {
  return misspelt(word) || (/^\p{Lu}?\p{Ll}+$/u.test(word) && /^[a-z]+$/iu.test(word) && !isVietnameseSyllable(word));
}

/** A year as a date line or a subject writes it ("năm 2024"): four digits. */
const YEAR = /^\d{4}$/u;

/**
 * garbledWord, and what no Vietnamese text has in its place: a syllable of the letters of "năm"
 * with other marks before a year ("nắm 2025": only "năm", year, stands there; "Nam", south, is
 * well-formed), and in a date line a year of other than four digits after "năm" ("năm 20135").
 */
export function garbledAt(words: readonly string[], k: number, dateLine: boolean): boolean {
  const word = words[k]!;
  if (garbledWord(word)) return true;
  const lower = word.normalize("NFC").toLocaleLowerCase("vi");
  if (baseLetters(word) === "nam" && lower !== "năm" && lower !== "nam" && YEAR.test(words[k + 1] ?? "")) return true;
  return dateLine && k > 0 && /^\d+$/u.test(word) && !YEAR.test(word) && words[k - 1]!.normalize("NFC").toLocaleLowerCase("vi") === "năm";
}

/** What a symbol's group may be, from the issuer's words: the words themselves ("LĐLĐ", "UBND") and their initials ("CVTVLTNN"). */
interface Abbreviations {
  words: ReadonlySet<string>;
  initials: string;
}

function issuerAbbreviations(words: readonly string[]): Abbreviations {
  const bare = words.map(withoutEdgeMarks).filter(Boolean);
  // "ỦY" → "U", "ĐOÀN" → "Đ": the base letter, "Đ" kept as symbols write it.
  const initial = (w: string) => [...w.toLocaleUpperCase("vi")][0]!.normalize("NFD").replace(/\p{M}/gu, "");
  return { words: new Set(bare.map((w) => w.toLocaleUpperCase("vi"))), initials: bare.map(initial).join("") };
}

/** Whether `group`'s letters stand in `initials` in order, some left out ("VTLTNN" in "CVTVLTNN"). */
function inOrder(group: string, initials: string): boolean {
  let at = 0;
  for (const ch of group) {
    at = initials.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** Whether two number-and-symbol tokens differ in their groups of capitals alone (the same digits, separators and number of groups). */
function groupsApart(a: string, b: string): boolean {
  const [pa, pb] = [a.split(/([/-])/u), b.split(/([/-])/u)];
  return pa.length === pb.length && pa.every((p, i) => p === pb[i] || (/^\p{Lu}+$/u.test(p) && /^\p{Lu}+$/u.test(pb[i]!)));
}

/** How many of a number-and-symbol token's groups of two letters or more the issuer's words spell or abbreviate. */
function shownGroups(token: string, issuer: Abbreviations): number {
  const groups = token.split(/[/-]/u).filter((g) => /^\p{Lu}{2,}$/u.test(g));
  return groups.filter((g) => issuer.words.has(g) || inOrder(g, issuer.initials)).length;
}

/** Whether `word`, standing at `k` of `words`, makes a listed word with the word before or after it. */
function formsWord(words: readonly string[], k: number, word: string): boolean {
  return (k > 0 && formsListedWord(words[k - 1]!, word)) || (k + 1 < words.length && formsListedWord(word, words[k + 1]!));
}

/** The most words a first reading is taken to have fused into one. */
const FUSED_MAX = 3;

/**
 * The other reading's words with each run of two or three well-formed words that one garbled word
 * of ours fuses ("hoạtđộng" for "hoạt động") set as that word, and the repair (ours → theirs, parted) noted.
 */
function partedRepairs(hay: readonly string[], needle: readonly string[], key: (w: string) => string, repairs: Map<string, string>): string[] {
  const out = [...hay];
  for (const mine of needle) {
    if (!garbledWord(mine) || repairs.has(mine)) continue;
    // The same letters first; then, for a long word, a letter or two garbled as well (a capital
    // read twice: "SỞỚNỘIVỤU" for "SỞ NỘI VỤ"), one in four at most.
    const slack = Math.min(GARBLE, Math.floor([...baseLetters(mine)].length / 4));
    const runs = fusedRun(out, mine, key, 0) ?? (slack > 0 ? fusedRun(out, mine, key, slack) : undefined);
    if (!runs) continue;
    const [i, n] = runs;
    repairs.set(mine, out.slice(i, i + n).join(" "));
    out.splice(i, n, mine);
  }
  return out;
}

/** Where a run of two or three well-formed words of `hay` stands whose letters, joined, are `word`'s (at most `apart` letters apart by base letters). */
function fusedRun(hay: readonly string[], word: string, key: (w: string) => string, apart: number): [number, number] | undefined {
  for (let i = 0; i < hay.length; i++) {
    for (let n = 2; n <= FUSED_MAX && i + n <= hay.length; n++) {
      const run = hay.slice(i, i + n);
      if (run.some(garbledWord)) continue;
      const joined = run.join("");
      if (apart === 0 ? key(joined) === key(word) : editDistance(baseLetters(joined), baseLetters(word), apart) <= apart) return [i, n];
    }
  }
  return undefined;
}

/**
 * How another reading differs from this field's evidence, when only in garbled or unlisted words:
 * `theirs`, it shows words that neither confirm nor contradict ours (garbled, or with `lexicon`
 * marks or a letter that make no listed word where ours do); `repairs`, the words of ours it shows
 * well-formed a letter or two apart ("NƯƠỢC" → "NƯỚC", "LĐÐLĐ" → "LĐLĐ"), or listed where ours
 * are not. A repair is kept only if a third reading shows it too (keepAgreedFields). Undefined
 * when any other difference remains.
 */
function garbledWords(reading: FieldReading, other: Words, lexicon = true): { theirs: boolean; repairs: Map<string, string> } | undefined {
  const key = (w: string) => (reading.anyCase ? w.toLocaleLowerCase("vi") : w);
  let garbled = false;
  const repairs = new Map<string, string>();
  const elsewhere = new Set((reading.namedElsewhere ?? []).map((w) => wordKey(w).toLocaleLowerCase("vi")));
  // Without `lexicon` (the third reading) the symbol must be shown as chosen, as a listed word must.
  const symbolic = lexicon && reading.keys[0] === "number" && reading.namedElsewhere ? issuerAbbreviations(reading.namedElsewhere) : undefined;
  for (const [i, evidence] of reading.evidence.entries()) {
    const entry = reading.entries?.[i];
    const needle = comparable(entry ?? evidence);
    if (needle.length === 0) continue;
    const seen = closestRun(entry ? other.words : partedRepairs(other.words, needle, key, repairs), needle);
    if (seen === undefined) return undefined;
    // A vocabulary's entry is compared by base letters, as in disagreement.
    const same = (a: string, b: string) => (entry ? comparedLetters(a) === comparedLetters(b) : key(a) === key(b));
    // A listed line that another reading shows as no entry of its list, a letter or two off by
    // base letters ("LBLĐ TĨNH LAI CHÂU", "TÔNG LPL VIỆT NAM"): garbled, as a word no syllable
    // spells is. The third reading decides, and must show the entry (without the list: `lexicon`).
    if (entry && lexicon && !seen.every((w, k) => same(w, needle[k]!))) {
      const apart = editDistance(seen.map(baseLetters).join(" "), needle.map(baseLetters).join(" "), GARBLE);
      if (apart <= GARBLE && !matchVocabulary(seen.join(" ").toLocaleUpperCase("vi"), reading.vocabulary!)) {
        garbled = true;
        continue;
      }
    }
    // A listed line the first reading garbled ("TĨNH QUANG NGAÀI") has no entry yet: its marks-only
    // differences wait until its garbled words are repaired, and stand if the line is then an entry's.
    let marksOnly = false;
    const listed = !entry && reading.vocabulary !== undefined;
    const dateLine = reading.keys.includes("date");
    for (const [k, mine] of needle.entries()) {
      const theirs = seen[k]!;
      if (same(theirs, mine)) continue;
      // Symbols a letter or two apart, one of whose groups the issuer's words abbreviate where the
      // other's does not ("VTLTNN"/"VTLUTNN" under "CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC"): the other is garbled.
      const [theirsShown, mineShown] = symbolic && groupsApart(theirs, mine) ? [shownGroups(theirs, symbolic), shownGroups(mine, symbolic)] : [0, 0];
      if (theirsShown !== mineShown && editDistance(baseLetters(theirs), baseLetters(mine), GARBLE) <= GARBLE) {
        if (mineShown > theirsShown) garbled = true;
        else repairs.set(mine, theirs);
        continue;
      }
      const [theirsGarbled, mineGarbled] = [garbledAt(seen, k, dateLine), garbledAt(needle, k, dateLine)];
      const wellFormed = !theirsGarbled && !mineGarbled;
      const marksApart = wellFormed && baseLetters(theirs) === baseLetters(mine);
      // "lưu"/"hưu" before "trữ", "trị"/"tị" after "chính": syllables both, a letter apart.
      const letterApart = wellFormed && lexicon && !marksApart && editDistance(baseLetters(theirs), baseLetters(mine), 1) === 1;
      if (marksApart || letterApart) {
        // Two syllables that differ in their marks ("Tố"/"Tổ" before "chức") or in one letter: the
        // one that makes a word of the official vocabulary with its neighbour (src/text/compounds.ts),
        // or that the page shows elsewhere (a place in the issuer's lines), if only one does.
        const named = (w: string) => elsewhere.has(w.toLocaleLowerCase("vi"));
        const [ours, other] = lexicon ? [formsWord(needle, k, mine) || named(mine), formsWord(seen, k, theirs) || named(theirs)] : [false, false];
        if (ours !== other) {
          if (ours) garbled = true;
          else if (entry) return undefined;
          else repairs.set(mine, theirs);
        } else if (marksApart && listed) marksOnly = true;
        else return undefined;
        continue;
      }
      if (theirsGarbled === mineGarbled || editDistance(baseLetters(theirs), baseLetters(mine), GARBLE) > GARBLE) return undefined;
      if (theirsGarbled) garbled = true;
      // A listed line's garbled word stays: its entry is what is compared and written.
      else if (entry) return undefined;
      else repairs.set(mine, theirs);
    }
    if (marksOnly && !matchVocabulary(replaceWords(needle.join(" "), repairs), reading.vocabulary!)) return undefined;
  }
  return garbled || repairs.size > 0 ? { theirs: garbled, repairs } : undefined;
}

/** The reading with, for each of its lines that a vocabulary's entry differs from only in marks, that entry. */
export function withVocabulary(reading: FieldReading): FieldReading {
  if (!reading.vocabulary) return reading;
  const entries = reading.evidence.map((e) => matchVocabulary(e, reading.vocabulary!)?.text);
  return entries.some(Boolean) ? { ...reading, entries } : reading;
}

type Issuer = NonNullable<PartialDocument["issuer"]>;

/**
 * The issuer with its lines rewritten. The split into superior and issuing body was made on the
 * lines as read ("TĨNH QUẢNG NGÃI" is no place line under "ỦY BAN NHÂN DÂN", "ỦY BẠN NHÂN DÂN"
 * heads no body): when the reader made it from those lines alone, it is made again on the lines
 * as rewritten.
 */
function issuerRewritten(issuer: Issuer, rewrite: (lines: readonly unknown[] | undefined) => unknown[] | undefined): Issuer {
  const { superior, body } = issuer;
  const out: Issuer = { ...issuer, ...(superior ? { superior: rewrite(superior) as string[] } : {}), ...(body ? { body: rewrite(body) as string[] } : {}) };
  const [read, written] = [issuer, out].map((i) => [...(i.superior ?? []), ...(i.body ?? [])].filter((l): l is string => typeof l === "string"));
  if (read!.length && isDeepStrictEqual(issuerOfPlainLines(read!), { ...(superior ? { superior } : {}), body })) Object.assign(out, { superior: undefined }, issuerOfPlainLines(written!));
  if (out.superior === undefined) delete out.superior;
  return out;
}

/**
 * The result with the kept fields' lines written as their vocabulary's entries, each change
 * with a warning quoting what OCR read: the issuer's lines and the signing authority's (a
 * kind's name is already an id).
 */
export function spellAsVocabulary<R extends ImportResult>(result: R, kept: readonly FieldReading[]): R {
  const changes = new Map<string, string>();
  const warnings: ImportWarning[] = [];
  for (const r of kept) {
    for (const [i, entry] of (r.entries ?? []).entries()) {
      const read = r.evidence[i]!;
      if (entry === undefined || entry === read || r.keys[0] === "kind") continue;
      changes.set(read, entry);
      warnings.push({
        line: r.line,
        text: read,
        code: "ocr-vocabulary-match",
        vi: `${r.label.vi}: OCR đọc "${read}", chỉ khác dấu hoặc khoảng cách so với "${entry}" trong danh mục: lấy "${entry}"`,
        en: `${r.label.en}: OCR read "${read}", which differs only in diacritics or spacing from the listed form "${entry}": taken as "${entry}"`,
      });
    }
  }
  if (changes.size === 0) return result;
  const spell = (lines: readonly unknown[] | undefined) => lines?.map((l) => (typeof l === "string" ? (changes.get(l) ?? l) : l));
  const d = result.document as PartialDocument;
  const document: PartialDocument = { ...d };
  if (d.issuer) document.issuer = issuerRewritten(d.issuer, spell);
  if (d.signature?.authority) document.signature = { ...d.signature, authority: spell(d.signature.authority) as string[] };
  return withDocument(result, document, warnings);
}

/** Margin added above and below a band, as a share of the page's height (a line and a half). */
const MARGIN = 0.03;

/**
 * The band of a page a region's fields stand in, full width, for a field whose words are not
 * found as a run: from the highest to the lowest of their words in the first reading, with a
 * margin. The header's band starts at the top of page 1. Undefined when none of the words is found.
 */
function band(fields: readonly FieldReading[], words: readonly ConfidentWord[], page: number, header: boolean): Box | undefined {
  const wanted = new Set(fields.flatMap((f) => f.evidence.flatMap((e) => e.split(/\s+/u).map(wordKey))).filter((t) => t.length > 0));
  // Each word where the field stands: its topmost reading for the header (the same word lower
  // down is the body's), its lowest for the signature (which closes the page).
  const at = new Map<string, number>();
  for (const w of words) {
    if ((w.page ?? 1) !== page || w.y === undefined || (header && w.y > 0.6)) continue;
    const t = wordKey(w.text);
    if (!wanted.has(t)) continue;
    const seen = at.get(t);
    if (seen === undefined || (header ? w.y < seen : w.y > seen)) at.set(t, w.y);
  }
  const ys = [...at.values()];
  if (ys.length === 0) return undefined;
  // A line's y is its baseline: the band reaches a line's height above the highest.
  const top = header ? 0 : Math.max(0, Math.min(...ys) - MARGIN - 0.02);
  return { left: 0, top, right: 1, bottom: Math.min(1, Math.max(...ys) + MARGIN) };
}

/** Letters and digits only, in lower case: where a field's text stands is found by these. */
const squeeze = (s: string) => s.normalize("NFC").toLocaleLowerCase("vi").replace(/[^\p{L}\p{N}]/gu, "");

/** The first reading's lines on a page (the header's in the top 60 %), top down, each word left to right. */
function linesOf(words: readonly ConfidentWord[], page: number, header: boolean): ConfidentWord[][] {
  const byLine = new Map<string, ConfidentWord[]>();
  for (const w of words) {
    if ((w.page ?? 1) !== page || !w.box || w.line === undefined || (header && (w.y ?? 1) > 0.6)) continue;
    byLine.set(w.line, [...(byLine.get(w.line) ?? []), w]);
  }
  const top = (l: ConfidentWord[]) => Math.min(...l.map((w) => w.box!.top));
  return [...byLine.values()].map((l) => l.sort((a, b) => a.box!.left - b.box!.left)).sort((a, b) => top(a) - top(b));
}

const union = (words: readonly ConfidentWord[]): Box => ({
  left: Math.min(...words.map((w) => w.box!.left)),
  top: Math.min(...words.map((w) => w.box!.top)),
  right: Math.max(...words.map((w) => w.box!.right)),
  bottom: Math.max(...words.map((w) => w.box!.bottom)),
});

/** Fewest letters a part of a field must have to be found at a line's end (the rest on the next lines). */
const MIN_PART = 4;

/**
 * The boxes of the words that spell `want` (squeezed) from line `start` on: all of it from a
 * word's start within one line, or a part running to the line's end and the rest on the lines
 * that follow (a wrapped subject). Undefined when it is not spelt there.
 */
function spell(want: string, lines: readonly ConfidentWord[][], start: number, withNeighbour = false): Box[] | undefined {
  const out: Box[] = [];
  let k = 0;
  for (let i = start; i < lines.length && k < want.length; i++) {
    const parts = lines[i]!.map((w) => squeeze(w.text));
    const text = parts.join("");
    const rest = want.slice(k);
    let best: { from: number; to: number } | undefined;
    for (let j = 0, pos = 0; j < parts.length; pos += parts[j]!.length, j++) {
      let n = 0;
      while (n < rest.length && pos + n < text.length && text[pos + n] === rest[n]) n++;
      const whole = n === rest.length;
      if ((whole || (pos + n === text.length && n >= MIN_PART)) && (!best || n > best.to - best.from)) best = { from: pos, to: pos + n };
      if (whole) break;
    }
    if (!best) return undefined;
    const run: ConfidentWord[] = [];
    let first = -1;
    for (let j = 0, pos = 0; j < parts.length; pos += parts[j]!.length, j++) {
      if (pos < best.to && pos + parts[j]!.length > best.from) {
        if (first < 0) first = j;
        run.push(lines[i]![j]!);
      }
    }
    // The word just before a place (closer than three letters' widths): the second reading must
    // see it too, to tell a place read whole from one whose first word went to the number.
    const before = lines[i]![first - 1];
    if (withNeighbour && k === 0 && before) {
      const letter = (run[0]!.box!.right - run[0]!.box!.left) / Math.max(1, parts[first]!.length);
      if (run[0]!.box!.left - before.box!.right < 3 * letter) run.unshift(before);
    }
    out.push(union(run));
    k += best.to - best.from;
  }
  return k === want.length ? out : undefined;
}

/**
 * Where a field stands in the first reading: for each of its evidence strings, the boxes of the
 * words that spell it (its first place for the header, its last for the signature). Undefined
 * when some evidence is spelt nowhere (the importer joined or split it otherwise).
 */
export function fieldBoxes(evidence: readonly string[], lines: readonly ConfidentWord[][], last: boolean, startsLine = false): Box[] | undefined {
  const boxes: Box[] = [];
  for (const e of evidence) {
    const want = squeeze(e);
    if (!want) continue;
    let found: Box[] | undefined;
    for (let start = 0; start < lines.length && !(found && !last); start++) found = spell(want, lines, start, startsLine) ?? found;
    if (!found) return undefined;
    boxes.push(...found);
  }
  return boxes.length ? boxes : undefined;
}

/** The letters (marks aside) of the words of a field's lines that are a closed list's entries. */
function listedLetters(r: FieldReading): Set<string> {
  const out = new Set<string>();
  for (const [i, line] of r.evidence.entries()) {
    if (r.entries?.[i] !== undefined) for (const word of line.split(/\s+/u)) if (wordKey(word)) out.add(baseLetters(lettersAndDigits(word)));
  }
  return out;
}

/** A word's letters and digits, NFC, in its case. */
const lettersAndDigits = (s: string) => s.normalize("NFC").replace(/[^\p{L}\p{N}]/gu, "");

/**
 * The first reading's confidences of a region's words, each raised to the second reading's
 * where that reading, which shows the field's words, read the word too: two independent
 * readings that agree on a word make it as sure as the surer of them. Misspelt words are never
 * sure, in either reading; nor are words under a seal's or a stamp's ink (`covered`), which
 * both readings saw through the same ink, nor words with marks OCR confuses, which readings
 * misread alike (a real scan's "phố" for "phổ", 59 % sure the first time, 79 % the second).
 */
function agreedConfidence(first: ReadonlyMap<string, number>, second: readonly ReadWord[][], covered: ReadonlySet<string>, listed: ReadonlySet<string> = new Set()): Map<string, number> {
  const index = new Map(first);
  const sure = (key: string) => !covered.has(key) && !CONFUSABLE.test(key);
  // A listed line's words by their letters: the entry spells their marks.
  const byLetters = new Map<string, string[]>();
  for (const key of index.keys()) {
    const letters = baseLetters(lettersAndDigits(key));
    if (listed.has(letters)) byLetters.set(letters, [...(byLetters.get(letters) ?? []), key]);
  }
  // The first reading's words by their letters and digits, punctuation aside ("Châu,ngày",
  // "Số:1892HD-LĐLĐ": the comparison of the readings parts or mends them the same way).
  const byLettersAndDigits = new Map<string, string[]>();
  for (const key of index.keys()) byLettersAndDigits.set(lettersAndDigits(key), [...(byLettersAndDigits.get(lettersAndDigits(key)) ?? []), key]);
  const raise = (text: string, conf: number) => {
    for (const same of byLettersAndDigits.get(lettersAndDigits(text)) ?? []) if (sure(same)) index.set(same, Math.max(index.get(same)!, conf));
    for (const same of byLetters.get(baseLetters(lettersAndDigits(text))) ?? []) index.set(same, Math.max(index.get(same)!, conf));
  };
  for (const line of second) {
    for (const [i, w] of line.entries()) {
      const key = wordKey(w.text);
      const conf2 = misspelt(w.text) ? Math.min(w.conf, MISSPELT) : w.conf;
      raise(key, conf2);
      // Two or three well-formed words the first reading fused ("VIỆTNAM", "TỈNHLAICHÂU"): as
      // sure as they are. A free text keeps the fused word and still differs (disagreement); a
      // closed list's line is compared, and written, as its entry spaces it.
      let fused = key;
      let conf = w.conf;
      for (let k = i + 1; k < Math.min(line.length, i + FUSED_MAX); k++) {
        const part = line[k - 1]!;
        if (misspelt(part.text) || misspelt(line[k]!.text)) break;
        fused += wordKey(line[k]!.text);
        conf = Math.min(conf, line[k]!.conf);
        raise(fused, conf);
      }
    }
  }
  return index;
}

/**
 * A mark before a field's first word ("-UBND", an opening quote never closed) that the second
 * reading does not show there: a speck OCR read as print, which the words' comparison leaves out.
 */
export function strayMark(reading: FieldReading, shown: readonly string[]): { first: string; second: string } | undefined {
  const joined = shown.join(" ").normalize("NFC").replace(/\s+/gu, "");
  for (const evidence of reading.evidence) {
    const lead = /^\s*([^\p{L}\p{N}\s]+)\s*([\p{L}\p{N}]+)/u.exec(evidence.normalize("NFC"));
    if (lead && !joined.includes(`${lead[1]}${lead[2]}`)) return { first: `${lead[1]}${lead[2]}`, second: nearestWords(comparable(shown.join(" ")), [lead[2]!]) };
  }
  return undefined;
}

/** A hyphen or slash with a space on one side only ("02- NQ/TW"): print sets a space on both sides or neither. */
const LOPSIDED = /([\p{L}\p{N}]+)(?:([-/]) (?=[\p{L}\p{N}])| ([-/])(?=[\p{L}\p{N}]))([\p{L}\p{N}]+)/gu;

/**
 * The subject's lopsided hyphens and slashes that the second reading shows closed up ("02- NQ" →
 * "02-NQ"): words compare without the spaces around them, so the value takes the spacing print
 * can have. Linear in the lengths.
 */
function closedUp(reading: FieldReading, shown: readonly string[]): [string, string][] {
  const joined = shown.join(" ").normalize("NFC");
  const pairs: [string, string][] = [];
  for (const m of (reading.evidence.join(" ").normalize("NFC")).matchAll(LOPSIDED)) {
    const closed = `${m[1]}${m[2] ?? m[3]}${m[4]}`;
    if (joined.includes(closed)) pairs.push([m[0], closed]);
  }
  return pairs;
}

/** A field whose lopsided spacing the second reading shows closed up, with each (as read, closed up). */
interface Spaced {
  reading: FieldReading;
  pairs: [string, string][];
}

/** The result with each field's spacing closed up as the second reading shows it, each named in a warning. */
function withSpacingClosed<R extends ImportResult>(result: R, spaced: readonly Spaced[]): R {
  if (spaced.length === 0) return result;
  const d = result.document as PartialDocument;
  const document: PartialDocument = { ...d };
  const warnings: ImportWarning[] = [];
  for (const { reading: r, pairs } of spaced) {
    rewriteText(d, document, r, (text) => pairs.reduce((t, [from, to]) => t.replace(from, to), text));
    const list = pairs.map(([from, to]) => `"${from}" → "${to}"`).join(", ");
    warnings.push({ line: r.line, text: r.shown ?? r.text, code: "ocr-spacing-closed", vi: `${r.label.vi}: ${list}, như lần đọc thứ hai`, en: `${r.label.en}: ${list}, as the second reading shows it` });
  }
  return withDocument(result, document, warnings);
}

/** Marks after a line's last word that may be specks: a subject ends in a letter, a digit, ")" or a closing quote. */
const SPECKS_AFTER = "[-–—_|.,;:~^`'*]+";
const TRAILING = new RegExp(`([\\p{L}\\p{N}]+)(${SPECKS_AFTER})\\s*$`, "u");

/** A mark after a field's last word ("năm 2024-", "công tác văn.") that the second reading does not show there. */
export function trailingMark(reading: FieldReading, shown: readonly string[]): { first: string; second: string } | undefined {
  const joined = shown.join(" ").normalize("NFC").replace(/\s+/gu, "");
  const tail = TRAILING.exec((reading.evidence.at(-1) ?? "").normalize("NFC"));
  if (!tail || joined.includes(`${tail[1]}${tail[2]}`)) return undefined;
  return { first: `${tail[1]}${tail[2]}`, second: nearestWords(comparable(shown.join(" ")), [tail[1]!]) };
}

/** Marks print never sets alone between two spaces (a dash may stand so: "2023 – 2028"). */
const NEVER_ALONE = /^["'“”‘’`~^*_|.,;:]+$/u;

/**
 * A mark standing alone between a field's words ("hoạt động \" công đoàn") that the second
 * reading shows beside neither neighbour: a speck. `droppable` when print never sets it alone;
 * a dash is left to empty the field. The field's first and last words are strayMark's and
 * trailingMark's. Linear in the lengths.
 */
export function loneMark(reading: FieldReading, shown: readonly string[]): { first: string; second: string; mark: string; droppable: boolean } | undefined {
  const joined = shown.join(" ").normalize("NFC").replace(/\s+/gu, "");
  const words = reading.evidence.join(" ").normalize("NFC").split(/\s+/u).filter(Boolean);
  for (let k = 1; k < words.length - 1; k++) {
    const [before, mark, after] = [words[k - 1]!, words[k]!, words[k + 1]!];
    if (/[\p{L}\p{N}]/u.test(mark) || joined.includes(`${before}${mark}`) || joined.includes(`${mark}${after}`)) continue;
    return { first: `${before} ${mark} ${after}`, second: nearestWords(comparable(shown.join(" ")), [before, after]), mark, droppable: NEVER_ALONE.test(mark) };
  }
  return undefined;
}

/**
 * Two neighbouring words of a field with a mark between them that the second reading shows side
 * by side, verbatim, with other marks or none ("cơ quan: năm" shown as "cơ quan năm"): the words'
 * comparison leaves marks out, so only this tells. Not the other way round: a second reading
 * reads specks at its crops' edges as marks ("động,công" where a line ends), and which of our
 * words end a line the rejoined subject no longer says. Words the second reading shows otherwise
 * are the words' comparison's business. Each pair is looked for by indexOf in the other
 * reading: O(words × length) for a field of bounded length.
 */
export function marksApart(reading: FieldReading, shown: readonly string[]): { first: string; second: string } | undefined {
  const joined = shown.join(" ").normalize("NFC").replace(/\s+/gu, "");
  const tokens = reading.evidence.join(" ").normalize("NFC").split(/\s+/u).filter(Boolean);
  for (let k = 0; k + 1 < tokens.length; k++) {
    const [a, b] = [tokens[k]!, tokens[k + 1]!];
    const aCore = a.replace(/[^\p{L}\p{N}]+$/u, "");
    const bCore = b.replace(/^[^\p{L}\p{N}]+/u, "");
    if (!aCore || !bCore) continue;
    const ours = a.slice(aCore.length) + b.slice(0, b.length - bCore.length);
    if (ours === "" || joined.includes(aCore + ours + bCore)) continue;
    for (let at = joined.indexOf(aCore); at >= 0; at = joined.indexOf(aCore, at + 1)) {
      const between = /^[^\p{L}\p{N}]*/u.exec(joined.slice(at + aCore.length, at + aCore.length + 8))![0];
      if (joined.startsWith(bCore, at + aCore.length + between.length)) return { first: `${a} ${b}`, second: `${aCore}${between}${between ? "" : " "}${bCore}` };
    }
  }
  return undefined;
}

/** A mark before a field's first word, after its last, or alone between two, that the second reading does not show. */
interface Stray {
  reading: FieldReading;
  /** The mark and the word it stood before ("-UBND"), or after ("2024-"), or the words either side ("động \" công"). */
  mark: string;
  end?: boolean;
  /** The mark alone between two words. */
  alone?: string;
}

/** Fields whose values never start with a mark: the issuer's lines, the authority's, the place. */
const STRAY_DROPPABLE = (r: FieldReading) => r.keys[0] === "issuer" || r.keys[0] === "place" || r.part === "authority";

const LEADING_MARKS = /^[^\p{L}\p{N}]+/u;
const TRAILING_MARKS = new RegExp(`${SPECKS_AFTER}$`, "u");

/**
 * Writes `fix` over the text a field's value holds in `document` (read from `d`): the issuer's
 * lines (split again, issuerRewritten), the place, the subject, the signing authority's lines.
 * True when the field is one of these.
 */
function rewriteText(d: PartialDocument, document: PartialDocument, r: FieldReading, fix: (text: string) => string): boolean {
  const lines = (ls: readonly unknown[] | undefined) => ls?.map((l) => (typeof l === "string" ? fix(l) : l)) as string[] | undefined;
  if (r.keys[0] === "issuer") {
    if (d.issuer) document.issuer = issuerRewritten(d.issuer, lines);
  } else if (r.keys[0] === "place") {
    if (typeof d.place === "string") document.place = fix(d.place);
  } else if (r.keys[0] === "subject") {
    if (typeof d.subject === "string") document.subject = fix(d.subject);
  } else if (r.part === "authority") {
    if (d.signature?.authority) document.signature = { ...d.signature, authority: lines(d.signature.authority)! };
  } else return false;
  return true;
}

/** The result with this document, and these warnings added in line order. */
function withDocument<R extends ImportResult>(result: R, document: PartialDocument, warnings: readonly ImportWarning[]): R {
  return { ...result, document, warnings: [...result.warnings, ...warnings].sort((a, b) => a.line - b.line) };
}

/** The text without the first `mark` standing alone between spaces. */
function dropLone(text: string, mark: string): string {
  const words = text.split(" ");
  const k = words.findIndex((w, i) => w === mark && i > 0 && i < words.length - 1);
  return k < 0 ? text : [...words.slice(0, k), ...words.slice(k + 1)].join(" ");
}

/** The result with the stray marks dropped from the start of the fields' lines, each named in a warning. */
export function withoutStrayMarks<R extends ImportResult>(result: R, strays: readonly Stray[]): R {
  if (strays.length === 0) return result;
  const d = result.document as PartialDocument;
  const document: PartialDocument = { ...d };
  const warnings: ImportWarning[] = [];
  for (const { reading: r, mark, end, alone } of strays) {
    const marks = end ? TRAILING_MARKS : LEADING_MARKS;
    rewriteText(d, document, r, (text) => (alone === undefined ? text.replace(marks, "") : dropLone(text, alone)));
    const drop = alone ?? mark.match(marks)?.[0] ?? mark;
    const [vi, en] = alone !== undefined ? ["giữa hai chữ", "between two words"] : end ? ["sau chữ cuối", "after the last word"] : ["trước chữ đầu", "before the first word"];
    warnings.push({
      line: r.line,
      text: r.shown ?? r.text,
      code: "ocr-stray-mark-dropped",
      vi: `${r.label.vi}: bỏ "${drop}" ${vi} ("${mark}"), lần đọc thứ hai không thấy: một vết bẩn`,
      en: `${r.label.en}: dropped "${drop}" ${en} ("${mark}"), which the second reading does not show: a speck`,
    });
  }
  return withDocument(result, document, warnings);
}

/**
 * Covered words of the number line whose ink lies over the symbol's type code alone (a
 * handwritten number's last stroke over "KH" in "KH/TU") while the kind's title, read on its
 * own line, has that code: the reader kept no type code of its own in the symbol, so the code is
 * the kind's. Their letters elsewhere are not under ink, and they are as sure as OCR says.
 */
export function confirmedByKind(result: ImportResult, words: readonly ConfidentWord[]): Set<string> {
  const d = result.document as PartialDocument;
  const out = new Set<string>();
  const symbol = typeof d.symbol === "object" && d.symbol !== null ? d.symbol : undefined;
  if (!symbol || symbol.typeCode !== undefined || !result.source.kindLine || result.fields.kind !== "text") return out;
  const own = new Set([symbol.issuer, symbol.unit].filter((p): p is string => typeof p === "string"));
  for (const w of words) {
    if (!w.covered || !w.inked || w.inked.length === 0) continue;
    const parts = w.text.split(/[/-]/u).filter(Boolean);
    const codes = parts.filter((p) => !/^\d/u.test(p) && !own.has(p));
    if (codes.length === 1 && w.inked.every((p) => p === codes[0])) out.add(wordKey(w.text));
  }
  return out;
}

/**
 * Whether the symbol's letters stand elsewhere on the page, read surely: its issuer group a word
 * of the issuer's lines ("LĐLĐ" of "LĐLĐ TỈNH LAI CHÂU", "UBND" of "UBND TỈNH …"), and its type
 * code, if it has one, the kind's, whose title was read on its own line. OCR reads a symbol's
 * capitals unsurely ("671/LĐÐLĐ", 37–53 %); then only the number's digits are left to be sure of.
 */
export function symbolShownElsewhere(result: ImportResult, token: string, index: ReadonlyMap<string, number>, minConfidence: number): boolean {
  const d = result.document as PartialDocument;
  const symbol = typeof d.symbol === "object" && d.symbol !== null ? d.symbol : undefined;
  if (!symbol || typeof symbol.issuer !== "string" || symbol.unit !== undefined || symbol.typeCode !== undefined || typeof d.number !== "number") return false;
  const parts = token.split(/[/-]/u);
  if (parts[0] !== String(d.number) || parts.at(-1) !== symbol.issuer || parts.length > 3) return false;
  const issuerWords = [...(d.issuer?.superior ?? []), ...(d.issuer?.body ?? [])].flatMap((l) => (typeof l === "string" ? l.split(/\s+/u) : []));
  if (!issuerWords.includes(symbol.issuer) || (index.get(symbol.issuer) ?? 0) < minConfidence || result.fields.issuer !== "text") return false;
  // A type code (the kind's, as the symbol kept none of its own) only with the kind's title read.
  return parts.length === 2 || (Boolean(result.source.kindLine) && result.fields.kind === "text");
}

/** A text's width in ems, roughly, in a Times face: digits half an em, capitals about 0.7, "/" and "-" 0.3. */
const advance = (text: string) => [...text].reduce((a, c) => a + (/\d/u.test(c) ? 0.5 : /[/-]/u.test(c) ? 0.3 : /\p{Lu}/u.test(c) ? 0.7 : 0.45), 0);

/**
 * Whether the digits of a number token ("671" of "671/LĐLĐ"), cut out of its box by their share
 * of its width and read alone, read as those digits, surely.
 */
async function digitsReadAlone(reread: Reread, page: number, boxes: readonly Box[], token: string, minConfidence: number): Promise<boolean> {
  const digits = /^(\d+)[/-]/u.exec(token)?.[1];
  if (!digits || boxes.length !== 1) return false;
  const box = boxes[0]!;
  const cut = box.left + ((box.right - box.left) * (advance(digits) + 0.1)) / advance(token);
  const [lines] = await reread(page, [{ ...box, right: cut }], "second").catch((): ReadWord[][][] => [[]]);
  const read = (lines ?? []).flat();
  return read.length > 0 && read.map((w) => w.text).join("").replace(/[/-]$/u, "") === digits && Math.min(...read.map((w) => w.conf)) >= minConfidence;
}

/** A field whose first reading garbled words the second and third readings show well-formed. */
interface Repaired {
  reading: FieldReading;
  repairs: Map<string, string>;
  /** The reading as repaired, with its vocabulary's entries. */
  respelt: FieldReading;
}

/** Fields whose values are text a word can be replaced in (the kind is an id; the signer is not tallied). */
const REPAIRABLE = (r: FieldReading) => r.keys[0] === "issuer" || r.keys[0] === "number" || r.keys[0] === "place" || r.keys[0] === "subject" || r.part === "authority";

/**
 * The symbol after its groups were repaired, split again: the reader split the misread line, so a
 * first group that was no type code ("1169/QĐÐ-SNV": issuer "QĐÐ", unit "SNV") may be one once
 * repaired ("QĐ"). Then it is the type code only when the title's kind has that code; otherwise
 * (the kind itself was guessed from the misread symbol, or names another code) null: the symbol
 * is left empty rather than split by a guess.
 */
function regroupedSymbol(result: ImportResult, before: NonNullable<PartialDocument["symbol"]>, after: NonNullable<PartialDocument["symbol"]>): PartialDocument["symbol"] | null {
  if (before.typeCode !== undefined || after.issuer === undefined || after.issuer === before.issuer || !typeCodes().has(after.issuer)) return after;
  const d = result.document as PartialDocument;
  const code = d.profile && d.kind ? loadProfile(d.profile).typeCodes[d.kind] : undefined;
  if (code !== after.issuer || result.fields.kind !== "text" || !result.source.kindLine || !after.unit) return null;
  const [issuer, ...unit] = after.unit.split("-");
  return { issuer: issuer!, ...(unit.length ? { unit: unit.join("-") } : {}) };
}

let bundledTypeCodes: Set<string> | undefined;
const typeCodes = () => (bundledTypeCodes ??= knownTypeCodes(listProfiles().map((p) => loadProfile(p.id))));

const symbolUnsettled = (r: FieldReading, symbol: NonNullable<PartialDocument["symbol"]>): ImportWarning => ({
  line: r.line,
  text: r.shown ?? r.text,
  code: "ocr-symbol-unsettled",
  vi: `${r.label.vi}: sau khi sửa chữ đọc sai, nhóm đầu "${symbol.issuer}" của ký hiệu là mã loại văn bản, không khớp với loại văn bản đọc được: để trống, cần nhập tay`,
  en: `${r.label.en}: once a misread word was repaired, the symbol's first group "${symbol.issuer}" is a type code that does not match the kind read: left empty for a person to fill`,
});

/** The result with the repaired fields' garbled words replaced in their values, each named in a warning. */
export function withRepairs<R extends ImportResult>(result: R, repaired: readonly Repaired[]): R {
  if (repaired.length === 0) return result;
  const d = result.document as PartialDocument;
  const document: PartialDocument = { ...d };
  const warnings: ImportWarning[] = [];
  for (const { reading: r, repairs } of repaired) {
    const written = rewriteText(d, document, r, (text) => replaceWords(text, repairs));
    if (!written && r.keys[0] === "number" && typeof d.symbol === "object" && d.symbol !== null) {
      // The symbol's groups ("779/LĐÐLĐ" → "779/LĐLĐ": the group "LĐÐLĐ" → "LĐLĐ").
      const groups = new Map<string, string>();
      for (const [from, to] of repairs) {
        const [a, b] = [from.split(/[/-]/u), to.split(/[/-]/u)];
        if (a.length === b.length) a.forEach((g, i) => g !== b[i] && groups.set(g, b[i]!));
      }
      const symbol = Object.fromEntries(Object.entries(d.symbol).map(([k, v]) => [k, typeof v === "string" ? (groups.get(v) ?? v) : v])) as typeof d.symbol;
      const regrouped = regroupedSymbol(result, d.symbol, symbol);
      if (regrouped === null) {
        delete document.symbol;
        warnings.push(symbolUnsettled(r, symbol));
        continue;
      }
      document.symbol = regrouped;
    }
    const list = [...repairs].map(([from, to]) => `"${from}" → "${to}"`).join(", ");
    warnings.push({
      line: r.line,
      text: r.shown ?? r.text,
      code: "ocr-misread-word-replaced",
      vi: `${r.label.vi}: chữ lần OCR đầu đọc sai (không thành chữ, hoặc không thành từ trong danh mục), hai lần đọc sau đều thấy: ${list}`,
      en: `${r.label.en}: a word the first OCR reading misread (no word, or no listed word), which the second and third readings both show: ${list}`,
    });
  }
  return withDocument(result, document, warnings);
}

/** A field emptied because another reading shows other words, with a warning quoting both. */
function differ(r: FieldReading, differs: { first: string; second: string }): Emptied {
  return {
    reading: r,
    warning: {
      line: r.line,
      text: (r.shown ?? r.text).replace(/\*/gu, "").trim(),
      code: "ocr-readings-differ",
      vi: `${r.label.vi}: hai lần OCR đọc khác nhau ("${differs.first}" và "${differs.second || "—"}"): để trống, cần nhập tay`,
      en: `${r.label.en}: two OCR readings differ ("${differs.first}" and "${differs.second || "—"}"): left empty for a person to fill`,
    },
  };
}

/** The field emptied, with a warning naming why, in both languages, and what it had read. */
function emptiedFor(r: FieldReading, code: string, vi: string, en: string): Emptied {
  return { reading: r, warning: { line: r.line, text: r.shown ?? r.text, code, vi: `${r.label.vi}: ${vi}: để trống, cần nhập tay`, en: `${r.label.en}: ${en}: left empty for a person to fill` } };
}

/**
 * The issuer, when a line of capitals the reader could not place stands between its first line
 * and the title: a line of the issuer that OCR ran together with the other column's (scan 56 of
 * the held-out sweep: "SỞNỘIVỤ Độc lập …" left in the body, "UBND TỈNH THÁI NGUYÊN" taken for
 * the whole issuer). Both readings agree on the lines that are there, so only this tells.
 */
function incompleteIssuer(result: ImportResult, fields: readonly FieldReading[]): Emptied | undefined {
  const issuer = fields.find((f) => f.keys[0] === "issuer");
  const title = result.source.kindLine?.line ?? result.source.subjectLines?.[0]?.line ?? result.source.numberLine?.line;
  if (!issuer || title === undefined) return undefined;
  const stray = result.warnings.find((w) => w.code === "unplaced-line" && w.line > issuer.line && w.line < title && /^\P{L}*\p{Lu}{2}/u.test(w.text));
  if (!stray) return undefined;
  return emptiedFor(issuer, "ocr-issuer-incomplete", `dòng "${stray.text}" ở đầu văn bản không xác định được vị trí, có thể là một dòng của cơ quan ban hành`, `the header line "${stray.text}" could not be placed and may be a line of the issuer`);
}

/**
 * The issuer, when its text (repaired) holds the national title or the motto: the two columns
 * ran together on a line the layout could not cut, because OCR misread a word of the title
 * ("SỞ NỘI VỤ GỘNG HÒA XÃ HỘI …", the word repaired only after the lines were placed).
 */
function issuerHoldingTitle(fields: readonly FieldReading[], repaired: readonly Repaired[]): Emptied | undefined {
  const issuer = fields.find((f) => f.keys[0] === "issuer");
  if (!issuer) return undefined;
  const fix = repaired.find((x) => x.reading === issuer);
  const text = fix ? replaceWords(issuer.text, fix.repairs) : issuer.text;
  if (!NATIONAL_TITLE.test(foldVi(text))) return undefined;
  return emptiedFor(issuer, "ocr-issuer-holds-title", `"${text}" chứa quốc hiệu hoặc tiêu ngữ (hai cột đầu văn bản đọc liền nhau)`, `"${text}" holds the national title or the motto (the header's two columns read as one line)`);
}

/**
 * The subject, when two of its words make no listed word but would with another tone above a
 * hatted or horned vowel ("Tố chức", "kiếm tra"): the marks OCR misreads alike in every reading
 * (three readings of "Tố chức" agreed on scan 197 of the sweep). The list does not correct the
 * readings; it only doubts them.
 */
function toneAgainstList(fields: readonly FieldReading[], repaired: readonly Repaired[]): Emptied | undefined {
  const subject = fields.find((f) => f.keys[0] === "subject");
  if (!subject) return undefined;
  const fix = repaired.find((x) => x.reading === subject);
  const words = (fix ? replaceWords(subject.text, fix.repairs) : subject.text).split(/\s+/u).map(withoutEdgeMarks);
  for (let k = 0; k + 1 < words.length; k++) {
    const listed = words[k] && words[k + 1] ? listedWithOtherTone(words[k]!, words[k + 1]!) : undefined;
    if (!listed) continue;
    const read = `${words[k]} ${words[k + 1]}`;
    return emptiedFor(subject, "ocr-tone-doubted", `OCR đọc "${read}", không phải từ trong danh mục, còn "${listed}" (khác một dấu thanh) thì có`, `OCR read "${read}", not a listed word, where "${listed}" (one tone mark apart) is`);
  }
  return undefined;
}

/**
 * The subject, when its value ends in a full stop that both readings show (scan 206 of the
 * sweep: a speck after "năm 2024"): a subject never ends in one, and the reader ended the subject
 * there, so a line of it may have gone to the body.
 */
function subjectFullStop(result: ImportResult, fields: readonly FieldReading[]): Emptied | undefined {
  const subject = fields.find((f) => f.keys[0] === "subject");
  const value = (result.document as PartialDocument).subject;
  if (!subject || typeof value !== "string" || !/[^.]\.$/u.test(value.trim())) return undefined;
  return emptiedFor(
    subject,
    "ocr-subject-full-stop",
    "kết thúc bằng dấu chấm (trích yếu không có dấu chấm cuối; có thể là vết bẩn, và phần sau có thể đã bị cắt sang nội dung)",
    "ends in a full stop (a subject has none; it may be a speck, and the rest may have been cut off into the body)",
  );
}

/** A signing authority's prefix opening a line, marks before it aside ("-KT. GIÁM ĐỐC"). */
const AUTHORITY_PREFIX = /^[^\p{L}]*(?:KT|TM|TL|TUQ|T\/M)[.,]?\s+\p{Lu}/u;

/**
 * The signing authority and the signer, when the closing band was not read whole (scan 236 of
 * the sweep: "-KT. GIÁM ĐỐC" taken for a recipient and "Lê Thị Thu Hương." left unplaced, so
 * the signature read as "PHÓ GIÁM ĐỐC" signing in person): a recipient that opens with an
 * authority's prefix, or a line the reader could not place after the signature's first line.
 */
function signatureIncomplete(result: ImportResult, fields: readonly FieldReading[]): Emptied[] {
  const parts = fields.filter((f) => f.part === "authority" || f.part === "signer");
  const first = result.source.signature?.[0]?.line;
  if (parts.length === 0 || first === undefined) return [];
  // An authority's line among the recipients: the signature lacks its first line. A line left
  // unplaced after it (a name read with a speck, "Lê Thị Thu Hương."): the signer may lack its name.
  const recipient = result.source.recipients?.find((l) => AUTHORITY_PREFIX.test(l.text));
  const stray = recipient ? undefined : result.warnings.find((w) => w.code === "unplaced-line" && w.line > first);
  const seen = recipient?.text ?? stray?.text;
  if (seen === undefined) return [];
  return parts
    .filter((r) => recipient || r.part === "signer")
    .map((r) => emptiedFor(r, "ocr-signature-incomplete", `dòng "${seen}" ở khối chữ ký không xác định được vị trí, khối chữ ký có thể thiếu dòng`, `the closing line "${seen}" was not placed in the signature, which may lack a line`));
}

export interface Agreement<R> {
  result: R;
  /** Time the second readings took, in ms, and the boxes they read. */
  ms: number;
  boxes: { page: number; box: Box }[];
}

/** How another reading's lines compare with a field: where they differ, and what the differences are. */
function compared(r: FieldReading, lines: readonly string[]) {
  const shown = printedOnly(r, [...lines]);
  const second = wordsOfLines(shown);
  const wordsDiffer = disagreement(r, second);
  const stray = wordsDiffer ? undefined : strayMark(r, shown);
  // A speck before an issuer's, an authority's or a place's first word (none starts with a
  // mark) is dropped from the value; elsewhere (the subject's opening quote) it empties the field.
  // A speck after the subject's last word is dropped too, unless it is a full stop: the reader
  // ended the subject there, and its next line may have gone to the body.
  const tail = wordsDiffer || stray || r.keys[0] !== "subject" ? undefined : trailingMark(r, shown);
  const cut = tail?.first.includes(".") ? tail : undefined;
  // A speck alone between two words: dropped; a dash there empties the field.
  const lone = wordsDiffer || stray || cut || r.keys[0] === "number" ? undefined : loneMark(r, shown);
  // Marks between the subject's words, which its value keeps, as the second reading shows them.
  const apart = wordsDiffer || r.keys[0] !== "subject" ? undefined : marksApart(r, shown);
  const differs = wordsDiffer ?? (stray && !STRAY_DROPPABLE(r) ? stray : undefined) ?? cut ?? (lone && !lone.droppable ? lone : undefined) ?? apart;
  const found = differs ? garbledWords(r, second) : undefined;
  // Garbled words in the second reading: the third reading decides, as for confusable marks.
  const unconfirmed = found !== undefined && found.theirs && found.repairs.size === 0;
  // Garbled words in the first reading, well-formed in the second: repaired if the third agrees.
  const repairs = found && found.repairs.size > 0 && REPAIRABLE(r) ? found.repairs : undefined;
  return { second, stray, tail: cut ? undefined : tail, lone: lone?.droppable ? lone : undefined, spacing: differs || r.keys[0] !== "subject" ? [] : closedUp(r, shown), differs, unconfirmed, repairs };
}

/** The number line's field as its symbol alone ("899/UBND-TTHC" → "/UBND-TTHC"), for a number N/SYMBOL; undefined otherwise. */
function symbolAlone(r: FieldReading): FieldReading | undefined {
  const m = r.keys[0] === "number" && !r.numberTraces ? /^\d+[a-z]?(\/\p{Lu}\S*)$/u.exec(r.evidence[0] ?? "") : null;
  return m ? { ...r, keys: ["symbol"], text: m[1]!, evidence: [m[1]!], shown: r.shown ?? r.text, numberTraces: true } : undefined;
}

/** Another reading's lines as the field compares them: without a handwritten number's traces when the field's own had them. */
function printedOnly(r: FieldReading, lines: string[]): string[] {
  return r.numberTraces ? lines.map((l) => withoutNumberTraces(l, true) ?? l) : lines;
}

/**
 * Keeps a field OCR read only when a second, independent reading of the place it stands in
 * shows the same words (NFC, word for word): OCR misreads a tone mark with high confidence now
 * and then, and a reading of the field's own words cut out of the page (another resolution,
 * read as lines, without the other column) rarely misreads it alike. A field the two readings
 * disagree on is emptied with a warning quoting both. With a threshold, a field both readings
 * show is also emptied when one of its words is below it in both.
 */
export async function keepAgreedFields<R extends ImportResult>(result: R, words: readonly ConfidentWord[], reread: Reread, minConfidence?: number): Promise<Agreement<R>> {
  const fields = readings(result)
    .filter((r) => r.keys.some((k) => result.fields[k] === "text") && (r.part !== "authority" || Boolean(result.document.signature?.authority?.length)))
    .map(withVocabulary);
  const started = Date.now();
  const last = Math.max(1, ...words.map((w) => w.page ?? 1));
  const read: Agreement<R>["boxes"] = [];
  const emptied: Emptied[] = [];
  const cut = incompleteIssuer(result, fields);
  if (cut) emptied.push(cut);
  const strays: Stray[] = [];
  const repaired: Repaired[] = [];
  const spaced: Spaced[] = [];
  let leansOnKind = false;
  for (const region of ["head", "foot"] as const) {
    const mine = fields.filter((f) => f.region === region);
    if (mine.length === 0) continue;
    const page = region === "head" ? 1 : last;
    const lines = linesOf(words, page, region === "head");
    const fallback = band(mine, words, page, region === "head") ?? (region === "head" ? { left: 0, top: 0, right: 1, bottom: 0.5 } : { left: 0, top: 0.3, right: 1, bottom: 1 });
    // A number line with a handwritten number's traces is found as read, traces and all.
    const boxes = mine.map((r) => fieldBoxes(r.numberTraces && r.shown ? [r.shown] : r.evidence, lines, region === "foot", r.startsLine) ?? [fallback]);
    const all = boxes.flat();
    read.push(...all.map((box) => ({ page, box })));
    // A second reading that fails (a time limit) confirms nothing.
    const seen = await reread(page, all).catch(() => all.map((): ReadWord[][] => []));
    const regionWords = inRegion(words, region);
    // The symbol's words whose only inked part is the type code the kind's title confirms: OCR's own confidence.
    const byKind = region === "head" ? confirmedByKind(result, regionWords) : new Set<string>();
    if (byKind.size > 0) leansOnKind = true;
    const firstIndex = confidenceIndex(regionWords.map((w) => (w.ocrConf !== undefined && byKind.has(wordKey(w.text)) ? { ...w, conf: w.ocrConf } : w)));
    const covered = new Set(regionWords.filter((w) => w.covered && !byKind.has(wordKey(w.text))).map((w) => wordKey(w.text)));
    const confusable: number[] = [];
    // Fields below the threshold after two readings: their confidences and text, for the third.
    const unsure = new Map<number, { index: Map<string, number>; text: string }>();
    // Fields whose garbled words the second reading repaired, as the third reading must show them.
    const checked = new Map<number, Repaired>();
    let at = 0;
    for (const [n, first] of mine.entries()) {
      const lines2 = seen.slice(at, at + boxes[n]!.length).flat();
      at += boxes[n]!.length;
      const asShown = lines2.map((l) => l.map((w) => w.text).join(" "));
      let r = first;
      let c = compared(r, asShown);
      if (c.differs && !c.unconfirmed && !c.repairs) {
        // Readings that differ in the number alone ("899/UBND-TTHC", "92/UBND-TTHC": digits written
        // by hand into the blank) leave it empty; the symbol both show stands, checked as any field.
        const symbol = symbolAlone(r);
        const alone = symbol && compared(symbol, asShown);
        if (!symbol || !alone || alone.differs) {
          emptied.push(differ(r, c.differs));
          continue;
        }
        emptied.push(differ({ ...r, keys: ["number"], label: { vi: "số", en: "number" } }, c.differs));
        r = mine[n] = symbol;
        c = alone;
      }
      const { repairs, unconfirmed } = c;
      if (c.stray && STRAY_DROPPABLE(r)) strays.push({ reading: r, mark: c.stray.first });
      if (c.tail) strays.push({ reading: r, mark: c.tail.first, end: true });
      if (c.lone) strays.push({ reading: r, mark: c.lone.first, alone: c.lone.mark });
      if (c.spacing.length > 0) spaced.push({ reading: r, pairs: c.spacing });
      // Repaired, a listed line may now be its entry ("LĐLĐ TĨNH LAI CHÂU"): compared and written as it.
      if (repairs) checked.set(n, { reading: r, repairs, respelt: withVocabulary(repairedReading(r, repairs)) });
      const index = agreedConfidence(firstIndex, lines2, covered, listedLetters(checked.get(n)?.respelt ?? r));
      // A repaired word is as sure as the second reading was of its words (it may have read
      // "779 / LĐLĐ" as three), and never under ink.
      for (const to of repairs?.values() ?? []) {
        const parts = lines2.flat().filter((w) => wordKey(w.text).length > 0 && to.includes(wordKey(w.text)));
        if (parts.length > 0 && !covered.has(to)) index.set(to, Math.min(...parts.map((w) => w.conf)));
      }
      // The number line's value is its number and symbol: how sure OCR was of "Số:" is no matter.
      const read = r.keys[0] === "number" ? r.evidence.join(" ") : r.text;
      const text = repairs ? replaceWords(read, repairs) : read;
      const conf = minConfidence === undefined ? undefined : textConfidence(text, index);
      // Unsure after two readings: the third reading's words count too (three readings, one of them sure).
      if (conf !== undefined && conf < minConfidence!) unsure.set(n, { index, text });
      if (unsure.has(n) || repairs || unconfirmed || r.evidence.some((e) => CONFUSABLE.test(e))) confusable.push(n);
    }
    if (confusable.length === 0) continue;
    // The third reading, of the fields with confusable marks that the first two agree on, and of
    // those the second reading garbled.
    const third = confusable.flatMap((n) => boxes[n]!);
    read.push(...third.map((box) => ({ page, box })));
    const seen3 = await reread(page, third, "third").catch(() => third.map((): ReadWord[][] => []));
    at = 0;
    for (const n of confusable) {
      const lines3 = seen3.slice(at, at + boxes[n]!.length).flat();
      at += boxes[n]!.length;
      const third = wordsOfLines(printedOnly(mine[n]!, lines3.map((l) => l.map((w) => w.text).join(" "))));
      const fix = checked.get(n);
      const field = fix?.respelt ?? mine[n]!;
      const low = unsure.get(n);
      if (low) {
        const conf = textConfidence(low.text, agreedConfidence(low.index, lines3, covered, listedLetters(field)));
        // A number whose symbol the page shows elsewhere: sure when its digits, read alone, are.
        const token = field.evidence[0]!;
        const digitsSure = field.keys[0] === "number" && !covered.has(wordKey(token)) && symbolShownElsewhere(result, token, firstIndex, minConfidence!) && (await digitsReadAlone(reread, page, boxes[n]!, token, minConfidence!));
        if (conf !== undefined && conf < minConfidence! && !digitsSure) {
          emptied.push(lowConfidence(mine[n]!, conf, minConfidence!));
          continue;
        }
      }
      const differs = disagreement(field, third);
      // Garbled here too: no reading offers another word, and the first (or, repaired, the
      // second) read this one surely. Without the word list: the third reading must show the
      // word the list chose (two readings and the list).
      if (differs && !garbledOnly(field, third, false)) emptied.push(differ(mine[n]!, differs));
      else if (fix) repaired.push(fix);
    }
  }
  // A type code under ink taken on the kind's word: not without the kind.
  const numberField = fields.find((f) => f.keys[0] === "number");
  const kindEmptied = emptied.some((e) => e.reading.keys[0] === "kind");
  if (leansOnKind && kindEmptied && numberField && !emptied.some((e) => e.reading === numberField)) {
    emptied.push({
      reading: numberField,
      warning: {
        line: numberField.line,
        text: numberField.text,
        code: "ocr-low-confidence",
        vi: `${numberField.label.vi}: mã loại dưới mực chỉ được tên loại xác nhận, mà tên loại để trống: để trống, cần nhập tay`,
        en: `${numberField.label.en}: the type code under ink is confirmed only by the document type, which was left empty: left empty for a person to fill`,
      },
    });
  }
  for (const doubt of [issuerHoldingTitle(fields, repaired), toneAgainstList(fields, repaired), subjectFullStop(result, fields), ...signatureIncomplete(result, fields)]) {
    if (doubt && !emptied.some((e) => e.reading === doubt.reading)) emptied.push(doubt);
  }
  const kept = fields.filter((f) => !emptied.some((e) => e.reading === f));
  const dropped = strays.filter((s) => kept.includes(s.reading));
  const fixed = repaired.filter((f) => kept.includes(f.reading));
  // Repairs first: a repaired line is then spelt as its vocabulary's entry, as a line read whole is.
  const spelt = kept.map((f) => fixed.find((x) => x.reading === f)?.respelt ?? f);
  const closed = spaced.filter((x) => kept.includes(x.reading));
  return { result: emptyFields(withSpacingClosed(withoutStrayMarks(spellAsVocabulary(withRepairs(result, fixed), spelt), dropped), closed), emptied), ms: Date.now() - started, boxes: read };
}
