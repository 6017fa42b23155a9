import type { ArchiveLine } from "./lines.js";

/**
 * The number line as read, before the profile is known: "Số: 60/HD-LĐLĐ" (N/TYPE-ISSUER,
 * or N/ISSUER-UNIT for a công văn) or "Số 24-KH/TU" (party: N-TYPE/ISSUER). Which symbol
 * group is a type code is decided later, with the profile (see symbol.ts).
 */
export interface NumberReading {
  /** null when the number is left blank, as in an unissued draft. */
  number: number | null;
  suffix?: string;
  /** "party" for N-TYPE/ISSUER, "slash" for N/…, "none" when only a number was found. */
  grammar: "party" | "slash" | "none";
  /** The party grammar's TYPE. */
  typeCode?: string;
  /** Symbol groups ("HD", "LĐLĐ") after the number (slash) or after the "/" (party). */
  groups: string[];
  /** Spaces inside the number and symbol were removed ("60/HD - LĐLĐ"). */
  spacesRemoved: boolean;
  hasColon: boolean;
  /** The "/" between the number and the symbol was missing ("1006QĐ-SNV", an OCR slip): read as if there. */
  slashMissing?: boolean;
  /** What stands before the "/" is no number ("32)", "@3": a handwritten fill's traces): the number is null, the symbol stands. */
  numberUnreadable?: boolean;
  /** The line had no "Số:" ("/UBND-KTTH" alone): read as a blank number's. */
  labelMissing?: boolean;
  /** The year of a legal normative document's number ("41/2019/QĐ-UBND"); the model does not keep it. */
  year?: number;
}

import { KIND_IDS, KIND_NAMES } from "../../model/kinds.js";

// "Số: …", or the type name before it as some offices write it ("Nghị quyết số: 11-NQ/TW").
const KIND_WORDS = KIND_IDS.map((k) => KIND_NAMES[k].normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/giu, "d").toLowerCase()).join("|");
const PREFIX = new RegExp(`^(?:(?:${KIND_WORDS})\\s+)?so\\s*(?::\\s*|(?=\\d))`, "u");

// The party's "Số 24-KH/TU" with its number blank and no colon: "Số -KH/TU", "Số KH/TU".
const BLANK_PARTY_PREFIX = /^so\s+(?=-?[a-z]+\/[a-z])/u;
const CAPITALS_AFTER = /^-?\p{Lu}[\p{L}\p{N}]*\/\p{Lu}/u;

// "/UBND-KTTH" alone on a line: a blank number's symbol whose "Số:" was lost (a scan whose label
// OCR could not read beside the handwritten number). Two groups at least; nothing else on the line.
const LABEL_LOST = /^\/\s*\p{Lu}[\p{L}\p{N}]*(?:\s*[-/]\s*\p{Lu}[\p{L}\p{N}]*)+$/u;

/** The length of the line's "Số:" prefix, or undefined when it is no number line. */
function prefixLength(l: ArchiveLine): number | undefined {
  const m = PREFIX.exec(l.folded);
  if (m) return m[0].length;
  // "Số /UBND-KTTH": a blank number without the colon (a scan's handwritten digits taken off with it).
  const bare = /^so\s*(?=\/)/u.exec(l.folded);
  if (bare && /^\/\s*\p{Lu}/u.test(l.plain.slice(bare[0].length))) return bare[0].length;
  if (LABEL_LOST.test(l.plain.trim())) return 0;
  const blank = BLANK_PARTY_PREFIX.exec(l.folded);
  return blank && CAPITALS_AFTER.test(l.plain.slice(blank[0].length)) ? blank[0].length : undefined;
}

/** "Số: …", "Số 24-…", "So: …", "Số -KH/TU", but not "Số lượng …". */
export function isNumberLine(l: ArchiveLine): boolean {
  return prefixLength(l) !== undefined && l.plain.length <= 120;
}

// The number and symbol: runs of non-space characters joined by "/" or "-", with spaces
// allowed only next to those separators ("60/HD - LĐLĐ", "2917 /SGDĐT-VP"). Any other
// space ends the symbol: what follows is another element that OCR put on the same line.
const SYMBOL = /^(?:[^\s/-]+|\s*[/-]\s*)+/u;

/** Splits the text after "Số:" into the number and symbol, and what follows them. */
export function symbolText(afterPrefix: string): { symbol: string; tail: string } {
  const s = afterPrefix.trim();
  const m = SYMBOL.exec(s);
  const symbol = m ? m[0].trim() : "";
  return { symbol, tail: s.slice(m ? m[0].length : 0).trim() };
}

/**
 * A number line with another element after its symbol ("Số: 15/QĐ-UBND TP. Hồ Chí Minh,
 * ngày …", "Số 05-TB/ĐU ĐẢNG CỘNG SẢN VIỆT NAM"): the number part and the rest, as plain text.
 * Undefined when the line holds the number and symbol only.
 */
export function splitNumberLine(l: ArchiveLine): [string, string] | undefined {
  const at = prefixLength(l);
  if (at === undefined) return undefined;
  const { symbol, tail } = symbolText(l.plain.slice(at));
  if (tail === "" || !/[\p{L}\p{N}]/u.test(tail)) return undefined;
  return [`${l.plain.slice(0, at)}${symbol}`.trim(), tail];
}

const PARTY = /^(\d+)([a-z])?-(\p{L}+)\/(.+)$/u;
const SLASH = /^(\d+)([a-z])?\/(.+)$/u;
const BLANK = /^[.…_]*\/(.+)$/u;
// A blank number whose separator went with it (a scan whose handwritten digits were removed,
// or a draft typed "Số: TB-UBND"): capitals straight after "Số:", groups joined by "-" or "/".
// "KH/TU" is the party's TYPE/ISSUER, "TB-UBND" the slash grammar's TYPE-ISSUER.
const BLANK_PARTY = /^-?(\p{Lu}[\p{L}\p{N}]*)\/(\p{Lu}[\p{L}\p{N}]*(?:-\p{Lu}[\p{L}\p{N}]*)*)$/u;
const BLANK_SLASH = /^\p{Lu}[\p{L}\p{N}]*(?:-\p{Lu}[\p{L}\p{N}]*)+$/u;
const ONLY_NUMBER = /^(\d+)([a-z])?$/u;
// "32)/BC-UBND": one to six marks that are no number before the "/", then the slash grammar's groups.
const UNREADABLE_NUMBER = /^([^/\s]{1,6})\/(\p{Lu}[\p{L}\p{N}]*(?:-\p{Lu}[\p{L}\p{N}]*)+)$/u;
// "1006QĐ-SNV": the "/" lost between the digits and the symbol (OCR). A suffix is a small letter,
// so capitals straight after the digits start the symbol; two groups at least, to tell it from a code.
const SLASH_MISSING = /^(\d+)(\p{Lu}[\p{L}\p{N}]*(?:-\p{Lu}[\p{L}\p{N}]*)+)$/u;

export function readNumberLine(l: ArchiveLine): NumberReading | undefined {
  const at = prefixLength(l);
  if (at === undefined) return undefined;
  const hasColon = l.folded.slice(0, at).includes(":");
  const rest = symbolText(l.plain.slice(at)).symbol.replace(/[.,;]+$/u, "");
  const compact = rest.replace(/(?:(?<!\s)\s+)?([/-])\s*/gu, "$1");
  const spacesRemoved = /\s/u.test(rest);
  const base = { spacesRemoved, hasColon, ...(at === 0 ? { labelMissing: true } : {}) };
  let p = PARTY.exec(compact);
  if (p) {
    return { ...base, number: Number(p[1]), ...(p[2] ? { suffix: p[2] } : {}), grammar: "party", typeCode: p[3]!, groups: p[4]!.split("-").filter(Boolean) };
  }
  p = SLASH.exec(compact);
  if (p) {
    // "41/2019/QĐ-UBND": the year between the number and the symbol.
    const year = /^((?:19|20)\d{2})\/(.+)$/u.exec(p[3]!);
    const symbol = year ? year[2]! : p[3]!;
    return { ...base, number: Number(p[1]), ...(p[2] ? { suffix: p[2] } : {}), grammar: "slash", groups: symbol.split("-").filter(Boolean), ...(year ? { year: Number(year[1]) } : {}) };
  }
  p = BLANK.exec(compact);
  if (p) return { ...base, number: null, grammar: "slash", groups: p[1]!.split("-").filter(Boolean) };
  p = BLANK_PARTY.exec(compact);
  if (p) return { ...base, number: null, grammar: "party", typeCode: p[1]!, groups: p[2]!.split("-") };
  if (BLANK_SLASH.test(compact)) return { ...base, number: null, grammar: "slash", groups: compact.split("-") };
  p = SLASH_MISSING.exec(compact);
  if (p) return { ...base, number: Number(p[1]), grammar: "slash", groups: p[2]!.split("-"), slashMissing: true };
  p = UNREADABLE_NUMBER.exec(compact);
  if (p) return { ...base, number: null, grammar: "slash", groups: p[2]!.split("-"), numberUnreadable: true };
  p = ONLY_NUMBER.exec(compact);
  if (p) return { ...base, number: Number(p[1]), ...(p[2] ? { suffix: p[2] } : {}), grammar: "none", groups: [] };
  if (compact === "" || /^[.…_]+$/u.test(compact)) return { ...base, number: null, grammar: "none", groups: [] };
  return undefined;
}
