import { upperVi } from "../text/case.js";

/** Text helpers shared by the rules: normalisation, letters, punctuation. */

export function nfc(s: string): string {
  return s.normalize("NFC");
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** The letters of a string: "T/M" → "TM", "Lưu: " → "Lưu". */
export function lettersOf(s: string): string {
  return s.replace(/[^\p{L}]/gu, "");
}

/** Written in capitals: upper-casing changes nothing. */
export function isCaps(s: string): boolean {
  return nfc(s) === upperVi(s);
}

/** The first letter of a text, skipping quotes, brackets and digits. */
export function firstLetter(s: string): string | undefined {
  return /\p{L}/u.exec(s)?.[0];
}

export function isUpperLetter(ch: string): boolean {
  return ch === upperVi(ch) && ch !== ch.toLocaleLowerCase("vi");
}

/** Trailing line punctuation a writer adds (";", ",", ".", ":"), with any spaces around it. */
/**
 * Without the punctuation at the end and the spaces around it: "A ;" → "A". The same as
 * replacing /\s*[;,.:]+\s*$/u, in linear time (the expression backtracks on long runs).
 */
export function withoutTrailingPunctuation(s: string): string {
  let end = s.trimEnd().length;
  const punctuationEnd = end;
  while (end > 0 && ";,.:".includes(s[end - 1]!)) end--;
  if (end === punctuationEnd) return s;
  return s.slice(0, end).trimEnd();
}

/** A leading list dash or plus with its space. */
export const LEADING_DASH = /^\s*[-–+]\s*/u;

/** The end of a long line, enough to see its punctuation in a report. */
export function tail(s: string, length = 48): string {
  const chars = [...s];
  return chars.length <= length ? s : `…${chars.slice(-length).join("")}`;
}

/** The start of a long text, for `actual` in a report. */
export function head(s: string, length = 60): string {
  const chars = [...s];
  return chars.length <= length ? s : `${chars.slice(0, length).join("")}…`;
}

/**
 * One line of an imported text as spec §9 "checker input" wants it: markdown artefacts
 * ("**", "*", "#") removed and surrounding spaces trimmed. Inner spaces are kept: they are
 * what R-NUM-3 and R-DATE-1 judge.
 */
export function cleanSourceLine(text: string): string {
  return nfc(text)
    .replace(/^\s*#+\s*/u, "")
    .replace(/\*+/gu, "")
    .trim();
}
