import { KIND_NAMES } from "../../model/kinds.js";
import { PROVINCES } from "../../text/compounds.js";
import { withoutEdgeMarks } from "../archive/lines.js";

/**
 * Closed lists the header's fixed forms come from: a superior body or an issuer's line, a
 * signing authority's line, a document type's name. A legal form has one spelling, so an OCR
 * reading that differs from exactly one entry only in its marks is that entry (OCR confuses
 * the marks stacked over capitals: "TỐNG" for "TỔNG", "THƯƠNG" for "THƯỜNG"). Free text (the
 * subject, names) has no list and is never matched.
 */
export type VocabularyName = "issuer" | "authority" | "kind";

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/u;

/**
 * The other placement of a tone in a syllable ending in "oa", "oe" or "uy" (the old "hoà",
 * "uỷ" and the new "hòa", "ủy": both are in use), or undefined when the word has none.
 */
function otherTonePlacement(word: string): string | undefined {
  const letters = [...word.normalize("NFC")];
  const n = letters.length;
  if (n < 2) return undefined;
  const [a, b] = [letters[n - 2]!.normalize("NFD"), letters[n - 1]!.normalize("NFD")];
  const pair = (a[0]! + b[0]!).toLowerCase();
  if (!["oa", "oe", "uy"].includes(pair)) return undefined;
  const tone = (a + b).match(TONES)?.[0];
  if (!tone) return undefined;
  const [bareA, bareB] = [a.replace(TONES, ""), b.replace(TONES, "")];
  const moved = TONES.test(a) ? [bareA, bareB + tone] : [bareA + tone, bareB];
  return [...letters.slice(0, n - 2), ...moved].join("").normalize("NFC");
}

/** A line with each word's tone placed either way: every spelling in use. */
function spellings(line: string): string[] {
  let out = [""];
  for (const word of line.split(" ")) {
    const other = otherTonePlacement(word);
    out = out.flatMap((head) => [word, ...(other ? [other] : [])].map((w) => (head ? `${head} ${w}` : w)));
  }
  return out;
}

const PROVINCE_NAMES = [...PROVINCES, "BÀ RỊA - VŨNG TÀU"];
const withProvince = (prefixes: readonly string[]) => prefixes.flatMap((p) => PROVINCE_NAMES.map((name) => `${p} ${name}`));

// The superior bodies and issuers' lines of the profiles (nd30, union, party): the unions'
// federation, the provinces' people's committees, councils, Party committees and unions.
const ISSUER_LINES = [
  "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM",
  "TỔNG LĐLĐ VIỆT NAM",
  "ỦY BAN NHÂN DÂN",
  "HỘI ĐỒNG NHÂN DÂN",
  "BAN CHẤP HÀNH",
  "BAN THƯỜNG VỤ",
  "BỘ NỘI VỤ",
  "SỞ NỘI VỤ",
  // A province's name alone, or after "TỈNH", "THÀNH PHỐ": the second line of a wrapped issuer.
  ...PROVINCE_NAMES,
  ...withProvince([
    "TỈNH", "THÀNH PHỐ",
    "UBND TỈNH", "UBND THÀNH PHỐ", "ỦY BAN NHÂN DÂN TỈNH", "ỦY BAN NHÂN DÂN THÀNH PHỐ",
    "HĐND TỈNH", "HĐND THÀNH PHỐ", "HỘI ĐỒNG NHÂN DÂN TỈNH", "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ",
    "LĐLĐ TỈNH", "LĐLĐ THÀNH PHỐ", "LIÊN ĐOÀN LAO ĐỘNG TỈNH", "LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ",
    "ĐẢNG BỘ TỈNH", "ĐẢNG BỘ THÀNH PHỐ", "TỈNH ỦY", "THÀNH ỦY",
  ]),
];

// Who signs for whom (TM. for a collective, KT. for the head, Q., TL., TUQ.), each prefix as
// written with a dot or a slash, and the bodies and heads signed for.
const AUTHORITY_PREFIXES = ["TM", "T/M", "KT", "K/T", "Q", "TL", "T/L", "TUQ"];
/**
 * A prefix's mark as OCR reads it: a dot glued to the body ("TM.BAN": the space lost), or a
 * comma, colon or semicolon for the dot or after it ("TM, BAN", "TM,BAN", "TM.,BAN": a dot with
 * a speck under it or beside it).
 */
const PREFIX_MARK = new RegExp(`^(${AUTHORITY_PREFIXES.join("|")})(?:\\s*[.,:;])+\\s*(?=\\p{Lu})`, "u");
const SIGNED_FOR = [
  "BAN THƯỜNG VỤ", "BAN CHẤP HÀNH", "ĐOÀN CHỦ TỊCH", "BAN THƯỜNG TRỰC", "THƯỜNG TRỰC", "ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN",
  "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN", "BAN BÍ THƯ", "TỈNH ỦY", "THÀNH ỦY", "ĐẢNG ỦY", "BAN CHỈ ĐẠO", "CHỦ TỊCH", "GIÁM ĐỐC",
  "CỤC TRƯỞNG", "BỘ TRƯỞNG", "TRƯỞNG BAN", "CHÁNH VĂN PHÒNG", "THỦ TRƯỞNG", "BÍ THƯ",
];
// A deputy's title on the line under "KT." (the real scans' "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH").
const DEPUTIES = ["CHỦ TỊCH", "GIÁM ĐỐC", "CỤC TRƯỞNG", "BỘ TRƯỞNG", "TRƯỞNG BAN", "BÍ THƯ", "BÍ THƯ THƯỜNG TRỰC", "CHÁNH VĂN PHÒNG"].map((t) => `PHÓ ${t}`);
const AUTHORITY_LINES = [...SIGNED_FOR, ...DEPUTIES, ...AUTHORITY_PREFIXES.flatMap((p) => SIGNED_FOR.map((body) => `${p} ${body}`))];

const KIND_LINES = Object.values(KIND_NAMES).map((name) => name.toLocaleUpperCase("vi"));

/** A word's letters without their marks, in lower case; "đ" stays "đ" (a base letter of its own). */
export function baseLetters(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC").toLocaleLowerCase("vi");
}

const RUN = /[\p{L}\p{N}]+/gu;

/** Words compared: NFC, " / " and " - " closed up, a dot or comma between two letters a word's end ("TM.BAN", "TM,BAN": OCR lost the space), each word's edge punctuation left out. */
const wordsOf = (text: string) =>
  text
    .normalize("NFC")
    .replace(/\s*([/-])\s*/gu, "$1")
    .replace(/(?<=\p{L}{2})[.,]+(?=\p{L}{2})/gu, "$& ")
    .split(/\s+/u)
    .map(withoutEdgeMarks)
    .filter(Boolean);

const keyOf = (text: string) => wordsOf(text).map(baseLetters).join(" ");

/** A vocabulary: each line's base letters, and the spellings that have them (two: no match). */
type Index = ReadonlyMap<string, readonly string[]>;

function indexOf(lines: readonly string[]): Index {
  const index = new Map<string, string[]>();
  for (const line of new Set(lines.flatMap(spellings))) {
    const key = keyOf(line);
    const entries = index.get(key) ?? [];
    const spelt = wordsOf(line).join(" ");
    if (!entries.includes(spelt)) entries.push(spelt);
    index.set(key, entries);
  }
  return index;
}

const INDEXES: Record<VocabularyName, Index> = { issuer: indexOf(ISSUER_LINES), authority: indexOf(AUTHORITY_LINES), kind: indexOf(KIND_LINES) };

/** The same lists keyed by base letters without spaces: a reading that fused two words ("VIỆTNAM") or parted one ("THƯỜN G"). */
function spacelessOf(index: Index): Index {
  const out = new Map<string, string[]>();
  for (const [key, entries] of index) {
    const bare = key.replace(/ /gu, "");
    out.set(bare, [...new Set([...(out.get(bare) ?? []), ...entries])]);
  }
  return out;
}
const SPACELESS: Record<VocabularyName, Index> = { issuer: spacelessOf(INDEXES.issuer), authority: spacelessOf(INDEXES.authority), kind: spacelessOf(INDEXES.kind) };

/** Where a text's tone marks stand: for each letter, its tone (grave, acute, tilde, hook, dot below) or "". */
const tonePlaces = (text: string) => [...text.normalize("NFD").replace(/[^\p{L}\p{M}]/gu, "").matchAll(/\p{L}\p{M}*/gu)].map(([c]) => (/[\u0300\u0301\u0303\u0309\u0323]/u.test(c) ? "tone" : ""));

/**
 * A listed line's word as readings are compared: its base letters, and for a syllable whose tone
 * has two places in use ("ỦY"/"UỶ", "HÒA"/"HOÀ"), where its tone stands, which told the entry.
 */
export function comparedLetters(word: string): string {
  // A dot inside a listed word is a speck ("LĐL.Đ"): no listed word has one.
  const base = baseLetters(word).replace(/(?<=\p{L})\.+(?=\p{L})/gu, "");
  return /(?:oa|oe|uy)$/u.test(base) ? `${base}|${tonePlaces(word).join(",")}` : base;
}

/**
 * Of two spellings with the same letters that place a tone differently ("ỦY" and "UỶ", "HÒA" and
 * "HOÀ"), the one that places it where the reading does ("ÚY": on the U), whatever the tone;
 * undefined when the reading has no tone there ("UY") or has both's.
 */
function tonePlaced(read: string, entries: readonly string[]): string | undefined {
  const mine = tonePlaces(read);
  const theirs = entries.map(tonePlaces);
  if (theirs.some((t) => t.length !== mine.length)) return undefined;
  // Only where the spellings differ: elsewhere a misread tone ("BẠN") is the entry's to mend.
  const deciding = mine.map((_, i) => i).filter((i) => theirs.some((t) => t[i] !== theirs[0]![i]));
  const placed = entries.filter((_, k) => deciding.every((i) => theirs[k]![i] === mine[i]));
  return placed.length === 1 ? placed[0] : undefined;
}

/** A reading matched to the vocabulary: the entry, written with the reading's punctuation. */
export interface VocabularyMatch {
  read: string;
  text: string;
}

/**
 * The vocabulary's entry a reading stands for: the one entry with the reading's base letters,
 * word for word, written with the reading's punctuation ("TM. BAN THƯƠNG VỤ" →
 * "TM. BAN THƯỜNG VỤ"); a reading that fused or parted words ("TỔNG LĐLĐ VIỆTNAM") is the entry
 * as written. Undefined when no entry has those letters, or two do (then the marks
 * alone tell them apart, and OCR's marks are what is in doubt). Compared in upper case:
 * these lines are written in capitals, and a kind's name (in capitals on the page) as well.
 */
export function matchVocabulary(read: string, vocabulary: VocabularyName): VocabularyMatch | undefined {
  const upper = read.normalize("NFC").toLocaleUpperCase("vi");
  if (upper !== read.normalize("NFC")) return undefined;
  const key = keyOf(read);
  const entries = INDEXES[vocabulary].get(key);
  if (entries === undefined) {
    // Fused or parted words: the one entry with these letters, written as the entry spaces them.
    const spaced = SPACELESS[vocabulary].get(key.replace(/ /gu, ""));
    return spaced?.length === 1 ? { read, text: spaced[0]! } : undefined;
  }
  const entry = entries.length === 1 ? entries[0] : tonePlaced(read, entries);
  if (entry === undefined) return undefined;
  // Each run of letters replaced by the entry's, the reading's spaces and punctuation kept.
  const runs = entry.match(RUN) ?? [];
  let k = 0;
  const text = read.normalize("NFC").replace(RUN, (run) => (baseLetters(run) === baseLetters(runs[k] ?? "") ? runs[k++]! : run));
  if (k !== runs.length || (read.normalize("NFC").match(RUN) ?? []).length !== k) return undefined;
  if (vocabulary === "kind") return { read, text };
  // An issuer's or authority's line never ends in a mark: "TỔNG LĐLĐ VIỆT NAM." is a speck after the line.
  const bare = text.replace(/[.,;:]+$/u, "");
  if (vocabulary === "issuer") return { read, text: bare };
  // A prefix's dot is followed by a space (NĐ 30: "TM. BAN THƯỜNG VỤ"; a slashed prefix, "T/M BAN", has none).
  return { read, text: bare.replace(PREFIX_MARK, (_, p: string) => (p.includes("/") ? `${p} ` : `${p}. `)) };
}
