import type { Profile } from "../layout/schema.js";
import { formatDateLine } from "../text/date.js";
import { formatNumberLine } from "../text/number.js";
import { archiveLine } from "../text/punctuation.js";
import { escapeRegExp, lettersOf } from "./text.js";

/**
 * Patterns built from the profile and from the same formatters the writer uses, so that the
 * checker and the writer cannot disagree on a form, and no regulation literal lives here.
 */

/** A symbol group: letters, digits and "&", no spaces (spec §4.1). */
export const SYMBOL_GROUP = "[\\p{L}0-9&]+";

export interface NumberJoiners {
  /** Between the number and the symbol: "/" (nd30, union) or "-" (party). */
  afterNumber: string;
  /** Between the type code and the issuer: "-" (nd30, union) or "/" (party). */
  afterType: string;
}

/** The joiners of the profile's number grammar, read off the writer's own formatting of a probe. */
export function numberJoiners(profile: Profile): NumberJoiners {
  const g = profile.number;
  const line = formatNumberLine({ number: 1, typeCode: "T", issuer: "I" }, { ...g, minDigits: 1 });
  const m = new RegExp(`^${escapeRegExp(g.prefix)}1(.+)T(.+)I$`, "u").exec(line);
  if (!m) throw new Error(`cannot read the number grammar of profile ${profile.id}: ${line}`);
  return { afterNumber: m[1]!, afterType: m[2]! };
}

/** The word of a label without its punctuation: "Số: " → "Số", "Kính gửi:" → "Kính gửi". */
export function labelWord(label: string): string {
  return label.replace(/[^\p{L}\s]/gu, "").trim();
}

export interface DateLineParts {
  place: string;
  day: string;
  month: string;
  year: string;
}

const PROBE = { place: "@", iso: "2011-12-22", day: "22", month: "12", year: "2011" };

/** The date line's words in order ("ngày", "tháng", "năm"), read off the writer's own format. */
function dateWords(profile: Profile): [string, string, string] {
  const line = formatDateLine(PROBE.place, PROBE.iso, profile.date);
  const m = new RegExp(`^@, (.+) ${PROBE.day} (.+) ${PROBE.month} (.+) ${PROBE.year}$`, "u").exec(line);
  if (!m) throw new Error(`cannot read the date line of profile ${profile.id}: ${line}`);
  return [m[1]!, m[2]!, m[3]!];
}

/** Reads a written date line loosely (any spacing, comma spacing), for R-DATE-1..3 to judge. */
export function parseDateLine(text: string, profile: Profile): DateLineParts | undefined {
  const [d, m, y] = dateWords(profile).map(escapeRegExp) as [string, string, string];
  const re = new RegExp(`^(.+?)(?<!\\s)\\s*,\\s*${d}\\s+(\\d{1,2})\\s+${m}\\s+(\\d{1,2})\\s+${y}\\s+(\\d{4})\\s*\\.?$`, "iu");
  const hit = re.exec(text);
  return hit ? { place: hit[1]!.trim(), day: hit[2]!, month: hit[3]!, year: hit[4]! } : undefined;
}

/** The date line written with the given numbers as they stand (no padding applied). */
export function dateLineAsWritten(parts: DateLineParts, profile: Profile): string {
  const [d, m, y] = dateWords(profile);
  return `${parts.place}, ${d} ${parts.day} ${m} ${parts.month} ${y} ${parts.year}`;
}

/** The shape of the date line for messages: "<Địa danh>, ngày DD tháng M năm YYYY". */
export function dateLineShape(profile: Profile): string {
  const [d, m, y] = dateWords(profile);
  return `<Địa danh>, ${d} DD ${m} M ${y} YYYY`;
}

/** R-RCPT-5 / P-RCPT-2: the archive line the profile's writer prints, as a pattern. */
export function archiveLinePattern(profile: Profile): RegExp {
  const r = profile.recipients;
  const start = `^${escapeRegExp(r.itemPrefix)}${escapeRegExp(r.archiveLabel)}`;
  const end = `${escapeRegExp(r.last)}$`;
  if (r.archiveFixed.length === 0) {
    // Party: "- Lưu VPTU.": the label's own last character (a space) is followed by a unit, not a colon.
    return new RegExp(`${start}[^:\\s].*${end}`, "u");
  }
  const fixed = r.archiveFixed.map(escapeRegExp).join(", ");
  return new RegExp(`${start}${fixed}(, [^,]+)*${end}`, "u");
}

/** The word that opens the archive line ("Lưu"). */
export function archiveWord(profile: Profile): string {
  return labelWord(profile.recipients.archiveLabel);
}

/** The archive line a writer would print for the units written on a line like "- Lưu VT, A". */
export function expectedArchiveLine(written: string, profile: Profile): string {
  const r = profile.recipients;
  const word = archiveWord(profile);
  const afterWord = written.replace(new RegExp(`^[-–]?\\s*${escapeRegExp(word)}\\s*:?\\s*`, "u"), "");
  const units = afterWord
    .replace(/(?<![.;,\s])[.;,\s]+$/u, "")
    .split(/(?:(?<!\s)\s+)?,\s*/u)
    .filter((u) => u.length > 0);
  return archiveLine(r.itemPrefix, r.archiveLabel, r.archiveFixed, units);
}

/**
 * An authority prefix written loosely: its letters with any "." or "/" between and after them,
 * then a space or punctuation ("T/M", "TM", "TM.BAN" all read as the letters TM).
 */
export function loosePrefixPattern(prefix: string): RegExp {
  const letters = [...lettersOf(prefix)].map(escapeRegExp).join("[./]?");
  return new RegExp(`^${letters}(?:[./]\\s*|\\s+)(?=\\S)`, "u");
}
