import { DateTime } from "luxon";
import type { Recipient, RecipientGroup } from "../../model/document.js";
import { stripTrailing } from "../../text/punctuation.js";

/** A value that could not be read, with a bilingual reason. */
export interface ValueProblem {
  vi: string;
  en: string;
}

export type Read<T> = { ok: true; value: T } | { ok: false; problem: ValueProblem };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = (vi: string, en: string): Read<never> => ({ ok: false, problem: { vi, en } });

/** "60" → 60; "7c" → 7 with suffix "c" (R-NUM-2b); "" → null, an unissued draft. */
export function readNumber(text: string): Read<{ number: number | null; suffix?: string }> {
  const t = text.trim();
  if (t === "") return ok({ number: null });
  const m = /^(\d{1,7})([a-z])?$/.exec(t);
  if (!m || Number(m[1]) < 1) {
    return fail(
      `số văn bản phải là số nguyên ≥ 1 (có thể kèm một chữ thường, như "7c"), hoặc để trống; nhận "${t}"`,
      `the number must be an integer >= 1 (optionally one lower-case letter, like "7c"), or empty; got "${t}"`,
    );
  }
  return ok(m[2] ? { number: Number(m[1]), suffix: m[2] } : { number: Number(m[1]) });
}

const OFFICIAL_DATE = /^(?:(.+?),\s*)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\.?$/iu;
const BLANK_DATE = /^(?:.+?,\s*)?ngày[\s.…]*tháng[\s.…]*năm[\s.…]*(?:20[\s.…]*)?$/iu;

/**
 * An ISO date ("2024-02-23"), the official form ("ngày 23 tháng 02 năm 2024", optionally
 * after "Place, "), or empty / "ngày … tháng … năm …" for an undated draft (null).
 */
export function readDate(text: string, place: string | undefined): Read<string | null> {
  const t = text.trim().normalize("NFC");
  if (t === "" || BLANK_DATE.test(t)) return ok(null);
  let iso: string | undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) iso = t;
  const m = OFFICIAL_DATE.exec(t);
  if (m) {
    const [, prefix, day, month, year] = m;
    if (prefix && place !== undefined && prefix.trim() !== place.trim()) {
      return fail(
        `địa danh trong ngày ("${prefix.trim()}") khác trường Địa danh ("${place.trim()}")`,
        `the place in the date ("${prefix.trim()}") differs from the Place field ("${place.trim()}")`,
      );
    }
    iso = `${year}-${month!.padStart(2, "0")}-${day!.padStart(2, "0")}`;
  }
  if (!iso) {
    return fail(
      `ngày phải có dạng YYYY-MM-DD hoặc "ngày 23 tháng 02 năm 2024", hoặc để trống; nhận "${t}"`,
      `the date must be YYYY-MM-DD or "ngày 23 tháng 02 năm 2024", or empty; got "${t}"`,
    );
  }
  if (!DateTime.fromISO(iso, { zone: "utc" }).isValid) {
    return fail(`ngày không có thật trong lịch: ${t}`, `not a real calendar date: ${t}`);
  }
  return ok(iso);
}

/** A list item as people write it: without the leading "- " and the line-end ";" "," ".". */
export function bareItem(text: string): string {
  return stripTrailing(text.trim().replace(/^[-–]\s+/u, ""), ";,.");
}

/** "V/v báo cáo …" → "báo cáo …": the model holds a công văn's subject without "V/v ". */
export function bareSubject(text: string, congVan: boolean): string {
  const t = text.trim();
  return congVan ? t.replace(/^V\/v\s+/iu, "") : t;
}

/** Notes are written "(b/c)" or "(*Báo cáo*)"; the model holds "b/c", "Báo cáo". */
function bareNote(text: string): string {
  return text.replace(/\*/g, "").trim();
}

/**
 * One "Recipient:" value: "Tổng LĐLĐ Việt Nam (b/c)" → name and note; a trailing
 * "[Báo cáo]" puts the recipient in a group with that note (consecutive recipients with the
 * same group note share one brace).
 */
export function readRecipient(text: string): Read<{ recipient: Recipient; group?: string }> {
  let rest = bareItem(text);
  let group: string | undefined;
  const g = /(?<!\s)\s*\[([^[\]]+)\]$/u.exec(rest);
  if (g) {
    group = bareNote(g[1]!);
    rest = stripTrailing(rest.slice(0, g.index), ";,.");
  }
  let note: string | undefined;
  const n = /(?<!\s)\s*\(([^()]+)\)$/u.exec(rest);
  if (n) {
    note = bareNote(n[1]!);
    rest = stripTrailing(rest.slice(0, n.index), ";,.");
  }
  if (/^Lưu\b/iu.test(rest)) {
    return fail('dòng "Lưu" ghi ở trường Lưu (Archive), không phải Nơi nhận', 'the "Lưu" line goes in the Archive (Lưu) field, not in Recipient');
  }
  if (rest === "") return fail("tên nơi nhận trống", "empty recipient name");
  const recipient: Recipient = note ? { name: rest, note } : { name: rest };
  return ok(group ? { recipient, group } : { recipient });
}

/** Consecutive recipients with the same group note become one group, in order. */
export function groupRecipients(read: { recipient: Recipient; group?: string }[]): (Recipient | RecipientGroup)[] {
  const items: (Recipient | RecipientGroup)[] = [];
  let open: RecipientGroup | undefined;
  for (const { recipient, group } of read) {
    if (group === undefined) {
      open = undefined;
      items.push(recipient);
    } else if (open && open.note === group) {
      open.items.push(recipient);
    } else {
      open = { note: group, items: [recipient] };
      items.push(open);
    }
  }
  return items;
}

/** "VT, CSPL&QHLĐ." → ["CSPL&QHLĐ"]: the profile's fixed office is printed by the writer. */
export function readArchiveUnits(text: string, fixed: readonly string[]): string[] {
  const t = text.trim().replace(/^-?\s*Lưu\s*:?\s*/iu, "");
  return t
    .split(",")
    .map((u) => stripTrailing(u.trim(), ".;"))
    .filter((u) => u !== "" && !fixed.includes(u));
}

/** "5" → 5: a positive count of copies. */
export function readCopies(text: string): Read<number> {
  const t = text.trim();
  if (!/^\d{1,5}$/.test(t) || Number(t) < 1) {
    return fail(`số bản phải là số nguyên dương; nhận "${t}"`, `copies must be a positive integer; got "${t}"`);
  }
  return ok(Number(t));
}
