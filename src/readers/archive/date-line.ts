import { DateTime } from "luxon";
import type { ArchiveLine } from "./lines.js";

/** "Lai Châu, ngày 01 tháng 4 năm 2022" (R-DATE-1) as read; diacritics may be missing. */
export interface DateReading {
  place?: string;
  /** ISO date; null for a blank draft date; undefined when the date is not a real one. */
  date: string | null | undefined;
  invalid: boolean;
  /** The day or month is no number ("ngày @3 tháng 0I": a handwritten fill a scan left traces of): the date is null, the place stands. */
  unreadable?: boolean;
  /** Text fused after the year ("…năm 2022KẾ HOẠCH"), to be read as a line of its own. */
  fused?: string;
}

// Folded text: "lai chau, ngay 01 thang 4 nam 2022".
const FULL = /^(.{0,60}?)[\s,.]*ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})/;
const BLANK = /^(.{0,60}?)[\s,.]*ngay[\s.…_]*thang[\s.…_]*nam(?:[\s.…_]*(?:\d{2}[.…_]*|\d{4}))?/;
// The day and month one to four marks each that are no number, the year printed.
const UNREADABLE = /^(.{0,60}?)[\s,.]*ngay\s*(\S{1,4})\s*thang\s*(\S{1,4})\s*nam\s*\d{4}/;

/**
 * What stands before "ngày" must read as a place: a few words ("Thành phố Hồ Chí Minh" has five),
 * not a sentence that cites a date ("Căn cứ Luật … ngày 19 tháng 6 năm 2015;").
 */
function placeLike(prefix: string | undefined): boolean {
  return (prefix ?? "").trim().split(/\s+/u).filter(Boolean).length <= 6;
}

export function isDateLine(l: ArchiveLine): boolean {
  if (l.plain.length > 200) return false;
  const m = FULL.exec(l.folded) ?? BLANK.exec(l.folded) ?? UNREADABLE.exec(l.folded);
  if (m === null || !placeLike(m[1])) return false;
  // "Ngày 28 tháng 6 năm 2024, tại Kỳ họp …": a sentence that opens with a date, not the date line.
  const rest = l.folded.slice(m[0].length);
  return !((m[1] ?? "").trim() === "" && /^\s*,?\s*\p{L}+\s+\p{L}+/u.test(rest));
}

function placeFrom(plain: string, length: number): string | undefined {
  // No place starts with a mark: "__ Thái Nguyên" is a scan's speck (or a rule) before it.
  const place = plain.slice(0, length).replace(/(?<![\s,.])[\s,.]+$/u, "").trim().replace(/^[^\p{L}\p{N}(]+(?=\p{L})/u, "");
  return place === "" ? undefined : place;
}

export function readDateLine(l: ArchiveLine): DateReading | undefined {
  const full = FULL.exec(l.folded);
  if (full) {
    const [day, month, year] = [Number(full[2]), Number(full[3]), Number(full[4])];
    const d = DateTime.fromObject({ year, month, day }, { zone: "utc" });
    const rest = l.plain.slice(full[0].length).trim();
    const place = placeFrom(l.plain, full[1]!.length);
    return {
      ...(place ? { place } : {}),
      date: d.isValid ? d.toISODate() : undefined,
      invalid: !d.isValid,
      ...(/[\p{L}\p{N}]/u.test(rest) ? { fused: rest } : {}),
    };
  }
  const blank = BLANK.exec(l.folded);
  const unreadable = blank ? undefined : UNREADABLE.exec(l.folded);
  const m = blank ?? unreadable;
  if (!m) return undefined;
  const place = placeFrom(l.plain, m[1]!.length);
  const rest = l.plain.slice(m[0].length).trim();
  return { ...(place ? { place } : {}), date: null, invalid: false, ...(unreadable ? { unreadable: true } : {}), ...(/[\p{L}\p{N}]/u.test(rest) ? { fused: rest } : {}) };
}
