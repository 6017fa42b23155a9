import { capitalizeFirst } from "../../text/case.js";
import { formatDateLine } from "../../text/date.js";
import type { Finding } from "../finding.js";
import type { SourceContext } from "../context.js";
import { calendarDate, isoDay } from "../dates.js";
import { dateLineAsWritten, dateLineShape, parseDateLine, type DateLineParts } from "../patterns.js";
import { firstLetter, isUpperLetter } from "../text.js";
import { at, written, type WrittenLine } from "./lines.js";

function readDateLine(ctx: SourceContext): { line: WrittenLine; parts?: DateLineParts } | undefined {
  const line = written(ctx.source.dateLine, "source.dateLine");
  if (!line) return undefined;
  const parts = parseDateLine(line.text, ctx.profile);
  return parts ? { line, parts } : { line };
}

function isoOf(p: DateLineParts): string | undefined {
  return calendarDate(Number(p.day), Number(p.month), Number(p.year));
}

/** R-DATE-1: "<Place>, ngày D tháng M năm YYYY": capitalised place, comma right after it, single spaces. */
export function dateLineForm(ctx: SourceContext): Finding[] {
  const read = readDateLine(ctx);
  if (!read) return [];
  const { line, parts } = read;
  if (!parts) {
    return [
      ctx.finding("R-DATE-1", {
        ...at(line),
        message: { vi: `Dòng địa danh, ngày tháng không đúng dạng "${dateLineShape(ctx.profile)}"`, en: `The date line does not read "${dateLineShape(ctx.profile)}"` },
        expected: dateLineShape(ctx.profile),
        actual: line.text,
        fix: 'Viết ngày bằng chữ "ngày … tháng … năm …", không dùng "/" hay "-".',
      }),
    ];
  }
  const letter = firstLetter(parts.place);
  const place = letter !== undefined && isUpperLetter(letter) ? parts.place : capitalizeFirst(parts.place);
  const expected = dateLineAsWritten({ ...parts, place }, ctx.profile);
  if (line.text === expected) return [];
  return [
    ctx.finding("R-DATE-1", {
      ...at(line),
      message: {
        vi: "Địa danh viết hoa, dấu phẩy liền sau địa danh, các từ cách nhau một dấu cách",
        en: "The place is capitalised, the comma follows it directly, and words are one space apart",
      },
      expected,
      actual: line.text,
      fix: `Sửa thành "${expected}".`,
    }),
  ];
}

/** R-DATE-2: the day has 2 digits; months 1–2 are padded ("02"), months 3–9 are not ("4", not "04"). */
export function datePadding(ctx: SourceContext): Finding[] {
  const read = readDateLine(ctx);
  const parts = read?.parts;
  const iso = parts && isoOf(parts);
  if (!read || !parts || !iso) return [];
  const printed = parseDateLine(formatDateLine(parts.place, iso, ctx.profile.date), ctx.profile)!;
  if (printed.day === parts.day && printed.month === parts.month) return [];
  const expected = dateLineAsWritten({ ...parts, day: printed.day, month: printed.month }, ctx.profile);
  const monthWrong = printed.month !== parts.month;
  return [
    ctx.finding("R-DATE-2", {
      ...at(read.line),
      message: {
        vi: `Ngày ghi ${ctx.profile.date.dayDigits} chữ số; tháng 1–${ctx.profile.date.padMonthsUpTo} có số 0 ở trước, tháng ${ctx.profile.date.padMonthsUpTo + 1}–9 thì không${monthWrong ? ` — tháng phải là "${printed.month}"` : ` — ngày phải là "${printed.day}"`}`,
        en: `The day has 2 digits; months up to ${ctx.profile.date.padMonthsUpTo} are padded, later ones are not${monthWrong ? ` — month "${printed.month}"` : ` — day "${printed.day}"`}`,
      },
      expected,
      actual: read.line.text,
      fix: `Sửa thành "${expected}".`,
    }),
  ];
}

/** R-DATE-3: the written date exists and is not later than the generation date. */
export function writtenDateValid(ctx: SourceContext): Finding[] {
  const read = readDateLine(ctx);
  const parts = read?.parts;
  if (!read || !parts) return [];
  const iso = isoOf(parts);
  if (!iso) {
    return [
      ctx.finding("R-DATE-3", {
        ...at(read.line),
        message: { vi: "Ngày ban hành không có thật trong lịch", en: "The date does not exist in the calendar" },
        expected: "một ngày có thật",
        actual: read.line.text,
        fix: "Sửa ngày, tháng cho đúng.",
      }),
    ];
  }
  const today = isoDay(ctx.now);
  if (ctx.allowFutureDate || iso <= today) return [];
  return [
    ctx.finding("R-DATE-3", {
      ...at(read.line),
      message: { vi: `Ngày ban hành ${iso} muộn hơn ngày lập (${today})`, en: `The date ${iso} is later than the generation date (${today})` },
      expected: `≤ ${today}`,
      actual: read.line.text,
      fix: "Sửa ngày ban hành, hoặc cho phép ngày tương lai nếu cố ý.",
    }),
  ];
}
