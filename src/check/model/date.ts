import { formatDateLine } from "../../text/date.js";
import type { Finding } from "../finding.js";
import type { ModelContext } from "../context.js";
import { isoDay } from "../dates.js";
import { capitalizeFirst } from "../../text/case.js";
import { firstLetter, isUpperLetter } from "../text.js";

/**
 * R-DATE-1 on the model: the writer builds the line from the place and the ISO date, so what
 * can be wrong is the place: it starts with a capital and carries no comma of its own.
 */
export function datePlace(ctx: ModelContext): Finding[] {
  const { doc, profile } = ctx;
  const place = doc.place.trim();
  const letter = firstLetter(place);
  const problems: { vi: string; en: string }[] = [];
  if (letter === undefined || !isUpperLetter(letter) || !place.startsWith(letter)) {
    problems.push({ vi: "Địa danh phải bắt đầu bằng chữ hoa", en: "The place starts with a capital letter" });
  }
  if (/[,;:/]/u.test(place)) {
    problems.push({ vi: "Địa danh không chứa dấu câu; dấu phẩy do trình kết xuất thêm", en: "The place holds no punctuation; the comma after it is added by the writer" });
  }
  if (problems.length === 0) return [];
  const fixed = capitalizeFirst(place.replace(/^[^\p{L}]+/u, "").replace(/[,;:/]+/gu, "").trim());
  return [
    ctx.finding("R-DATE-1", {
      path: "place",
      message: { vi: problems.map((p) => p.vi).join("; "), en: problems.map((p) => p.en).join("; ") },
      expected: formatDateLine(fixed, doc.date, profile.date),
      actual: formatDateLine(place, doc.date, profile.date),
      fix: `Ghi địa danh là "${fixed}".`,
    }),
  ];
}

/** R-DATE-3: the date is not later than the generation date, unless a future date is allowed. */
export function dateNotInFuture(ctx: ModelContext): Finding[] {
  const { doc } = ctx;
  if (doc.date === null || ctx.allowFutureDate) return [];
  const today = isoDay(ctx.now);
  if (doc.date <= today) return [];
  return [
    ctx.finding("R-DATE-3", {
      path: "date",
      message: {
        vi: `Ngày ban hành ${doc.date} muộn hơn ngày lập (${today})`,
        en: `The date ${doc.date} is later than the generation date (${today})`,
      },
      expected: `≤ ${today}`,
      actual: doc.date,
      fix: "Sửa ngày ban hành, hoặc để trống (null) cho bản dự thảo; nếu cố ý ghi ngày tương lai, dùng tùy chọn allowFutureDate.",
    }),
  ];
}
