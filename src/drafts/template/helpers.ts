import { DateTime } from "luxon";
import { upperVi } from "../../text/case.js";
import { formatDateLine, formatDateWords, STANDARD_DATE_PADDING } from "../../text/date.js";
import { toRoman } from "../../text/labels.js";

/** Dates are Vietnamese dates: "today" is today in Vietnam, wherever the server runs. */
const ZONE = "Asia/Ho_Chi_Minh";

/** A helper's failure, reported with the template line of the call. */
export class HelperProblem extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/**
 * Text with structure of its own: literal parts are document text (markers, line breaks),
 * value parts are data and are inserted like any other value. The `list` helper returns one.
 */
export class Structured {
  constructor(readonly parts: readonly (string | { value: unknown })[]) {}
}

export type HelperImpl = (args: unknown[], hash: Record<string, unknown>) => unknown;

function isoOf(value: unknown, helper: string): string | null {
  if (value === null) return null;
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value, { zone: "utc" }).isValid) {
    return value;
  }
  throw new HelperProblem(
    `${helper}: cần ngày dạng YYYY-MM-DD (hoặc null cho văn bản chưa ký); nhận ${JSON.stringify(value)}`,
    `${helper}: expected a YYYY-MM-DD date (or null for an undated draft); got ${JSON.stringify(value)}`,
  );
}

function numberOf(value: unknown, helper: string): number {
  const n = typeof value === "number" ? value : typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isFinite(n)) {
    throw new HelperProblem(`${helper}: cần một số; nhận ${JSON.stringify(value)}`, `${helper}: expected a number; got ${JSON.stringify(value)}`);
  }
  return n;
}

function yearOf(value: unknown, today: DateTime, helper: string): number {
  // No date yet (an undated draft): this year.
  if (value === undefined || value === null) return today.year;
  if (typeof value === "string" && value.includes("-")) return Number(isoOf(value, helper)!.slice(0, 4));
  return numberOf(value, helper);
}

function textOf(value: unknown, helper: string): string {
  if (typeof value === "string" || typeof value === "number") return String(value);
  throw new HelperProblem(`${helper}: cần một chuỗi; nhận ${JSON.stringify(value)}`, `${helper}: expected text; got ${JSON.stringify(value)}`);
}

/** "05/11/2025": a date cited in running text, day and months 1–2 padded as in R-DATE-2. */
function shortDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const month = m <= STANDARD_DATE_PADDING.padMonthsUpTo ? String(m).padStart(2, "0") : String(m);
  return `${String(d).padStart(2, "0")}/${month}/${y}`;
}

/**
 * The helpers a template may call. Pure functions of their arguments and of the injected
 * clock: none reads a file, the network or the environment.
 */
export function createHelpers(now: () => Date): Record<string, HelperImpl> {
  const today = (): DateTime => DateTime.fromJSDate(now(), { zone: ZONE });
  return {
    /** {{ngay d}} → "ngày 01 tháng 4 năm 2022"; {{ngay d "Lai Châu"}} → the whole date line; {{ngay}} → today (R-DATE-1, R-DATE-2). */
    ngay: ([date, place]) => {
      const iso = date === undefined ? today().toISODate()! : isoOf(date, "ngay");
      return place === undefined ? formatDateWords(iso) : formatDateLine(textOf(place, "ngay"), iso);
    },
    /** {{ngayNgan d}} → "05/11/2025", for dates cited in the body. */
    ngayNgan: ([date]) => {
      const iso = date === undefined ? today().toISODate()! : isoOf(date, "ngayNgan");
      if (iso === null) throw new HelperProblem("ngayNgan: ngày trống", "ngayNgan: empty date");
      return shortDate(iso);
    },
    /** {{today}} → today's ISO date, for the Date header of a draft signed today. */
    today: () => today().toISODate(),
    /** {{year}} → this year; {{year d}} → the year of a date. */
    year: ([value]) => yearOf(value, today(), "year"),
    /** {{nextYear}} → next year; {{nextYear d}} → the year after a date's. */
    nextYear: ([value]) => yearOf(value, today(), "nextYear") + 1,
    add: (args) => {
      if (args.length < 2) throw new HelperProblem("add: cần ít nhất hai số", "add: needs at least two numbers");
      return args.reduce<number>((sum, v) => sum + numberOf(v, "add"), 0);
    },
    sub: ([a, b]) => numberOf(a, "sub") - numberOf(b, "sub"),
    /** {{pad2 5}} → "05". */
    pad2: ([value]) => {
      const n = numberOf(value, "pad2");
      if (!Number.isInteger(n) || n < 0) throw new HelperProblem(`pad2: cần số nguyên ≥ 0; nhận ${n}`, `pad2: expected an integer >= 0; got ${n}`);
      return String(n).padStart(2, "0");
    },
    /** {{roman 3}} → "III", for level-1 headings numbered from data. */
    roman: ([value]) => {
      const n = numberOf(value, "roman");
      if (!Number.isInteger(n) || n < 1 || n > 3999) throw new HelperProblem(`roman: cần số nguyên 1–3999; nhận ${n}`, `roman: expected an integer 1–3999; got ${n}`);
      return toRoman(n);
    },
    /** Vietnamese upper case that keeps the diacritics: "đoàn" → "ĐOÀN". */
    upper: ([value]) => upperVi(textOf(value, "upper")),
    /** {{list items}}: one "- item" block per element; marker="+" for sub-items. */
    list: ([items], hash) => {
      if (!Array.isArray(items)) {
        throw new HelperProblem(`list: cần một danh sách; nhận ${JSON.stringify(items)}`, `list: expected a list; got ${JSON.stringify(items)}`);
      }
      const marker = hash.marker ?? "-";
      if (marker !== "-" && marker !== "+") throw new HelperProblem('list: marker là "-" hoặc "+"', 'list: marker is "-" or "+"');
      const parts: (string | { value: unknown })[] = [];
      for (const item of items) {
        const text = textOf(item, "list");
        if (text.trim() === "") continue;
        if (parts.length) parts.push("\n\n");
        parts.push(`${marker} `, { value: text });
      }
      return new Structured(parts);
    },
  };
}

/** Names a template may call: the built-in block helpers and lookup, and ours. */
export const BLOCK_HELPERS = new Set(["if", "unless", "each", "with"]);
export const HELPER_NAMES = new Set(["lookup", ...Object.keys(createHelpers(() => new Date(0)))]);
