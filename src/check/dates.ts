import { DateTime } from "luxon";

/** The zone of the documents' own calendar: "today" is today in Việt Nam. */
const ZONE = "Asia/Ho_Chi_Minh";

/** The ISO calendar date of an instant, in Việt Nam. */
export function isoDay(instant: Date): string {
  return DateTime.fromJSDate(instant).setZone(ZONE).toISODate() ?? "";
}

/** A date from its written numbers, or undefined when no such day exists ("31/6", "03/0/2022"). */
export function calendarDate(day: number, month: number, year: number): string | undefined {
  const d = DateTime.fromObject({ day, month, year }, { zone: "utc" });
  return d.isValid ? (d.toISODate() ?? undefined) : undefined;
}

/** Parses a --now argument "YYYY-MM-DD" as that day in Việt Nam. */
export function parseDay(iso: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const d = DateTime.fromISO(iso, { zone: ZONE });
  return d.isValid ? d.toJSDate() : undefined;
}
