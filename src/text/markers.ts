import { fromRoman, itemLetterIndex } from "./labels.js";

/**
 * Recognition of body-structure markers at the start of a line (spec §7.1), shared by every
 * reader of text (archive import, draft templates) so that they agree on the hierarchy.
 */
export type Marker =
  | { kind: "heading"; level: 1 | 2 | 3 | 4; label: string; rest: string }
  | { kind: "item"; marker: "-" | "+"; rest: string };

// "I." / "II -" / "IV-": Roman numerals then "." or "-" (older party texts).
const ROMAN = /^([IVXLC]+)\s*(?:\.|\s-|-)\s*(?=\S)/u;
// "1.1." / "1.1" / "2.10." followed by text.
const SUBNUMBER = /^(\d{1,2})\.(\d{1,2})\.?\s+(?=\S)/u;
// "1." / "12 -" / "3-".
const NUMBER = /^(\d{1,2})\s*(?:\.|\s-|-)\s*(?=\S)/u;
// "a)" / "đ)".
const LETTER = /^([a-zđ])\)\s*(?=\S)/u;
// "- text", "– text", "+ text".
const ITEM = /^([-–+])\s+(?=\S)/u;

export function recognizeMarker(line: string): Marker | undefined {
  const s = line.trimStart();
  let m = ROMAN.exec(s);
  if (m && fromRoman(m[1]!) !== undefined) {
    return { kind: "heading", level: 1, label: m[1]!, rest: s.slice(m[0].length).trim() };
  }
  m = SUBNUMBER.exec(s);
  if (m) return { kind: "heading", level: 3, label: `${Number(m[1])}.${Number(m[2])}`, rest: s.slice(m[0].length).trim() };
  m = NUMBER.exec(s);
  // "2023 - 2028" and "18.000đ" are not markers: numbers of one or two digits only, and a
  // following digit would have matched SUBNUMBER above.
  if (m && !/^\d/.test(s.slice(m[0].length))) {
    return { kind: "heading", level: 2, label: String(Number(m[1])), rest: s.slice(m[0].length).trim() };
  }
  m = LETTER.exec(s);
  if (m && itemLetterIndex(m[1]!) !== undefined) {
    return { kind: "heading", level: 4, label: m[1]!, rest: s.slice(m[0].length).trim() };
  }
  m = ITEM.exec(s);
  if (m) return { kind: "item", marker: m[1] === "+" ? "+" : "-", rest: s.slice(m[0].length).trim() };
  return undefined;
}

/**
 * Whether a numbered heading's text is a title (bold, on its own line) rather than the start
 * of a normal sentence: titles are short and do not end with sentence punctuation.
 */
export function looksLikeTitle(rest: string, level: 1 | 2 | 3 | 4): boolean {
  if (level === 1) return true;
  const t = rest.trim();
  if (/[.;:!?…]$/.test(t) && !/\.\.\.$/.test(t)) return false;
  // Seed 004 has section titles of 190 characters; without final punctuation a line is a title.
  return t.length <= 240;
}
