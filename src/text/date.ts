import { DateTime } from "luxon";

/** The padding rules of a profile's date line (R-DATE-2). */
export interface DatePadding {
  /** Months up to and including this one get a leading zero: 2 gives "01", "02", then "3" … "9". */
  padMonthsUpTo: number;
  dayDigits: number;
  /** Printed in place of each number of an undated draft. */
  draftBlank: string;
}

export const STANDARD_DATE_PADDING: DatePadding = { padMonthsUpTo: 2, dayDigits: 2, draftBlank: "      " };

function parseIso(iso: string): DateTime {
  const date = DateTime.fromISO(iso, { zone: "utc" });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || !date.isValid) {
    throw new RangeError(`Ngày không hợp lệ / invalid date: "${iso}" (expected YYYY-MM-DD)`);
  }
  return date;
}

/** "ngày 01 tháng 4 năm 2022" (R-DATE-1, R-DATE-2): day 2 digits, months 1–2 padded, 3–9 not. */
export function formatDateWords(iso: string | null, padding: DatePadding = STANDARD_DATE_PADDING): string {
  if (iso === null) {
    const b = padding.draftBlank;
    return `ngày${b}tháng${b}năm 20..`;
  }
  const d = parseIso(iso);
  const day = String(d.day).padStart(padding.dayDigits, "0");
  const month = d.month <= padding.padMonthsUpTo ? String(d.month).padStart(2, "0") : String(d.month);
  return `ngày ${day} tháng ${month} năm ${String(d.year).padStart(4, "0")}`;
}

/** "Lai Châu, ngày 01 tháng 4 năm 2022": the comma follows the place directly (spec §3). */
export function formatDateLine(place: string, iso: string | null, padding: DatePadding = STANDARD_DATE_PADDING): string {
  return `${place.trim()}, ${formatDateWords(iso, padding)}`;
}
