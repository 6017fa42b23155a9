import { isCongVan } from "../../model/kinds.js";
import { capitalizeFirst, lowerVi } from "../../text/case.js";
import type { RuleId } from "../rules.js";
import type { Finding } from "../finding.js";
import type { ModelContext } from "../context.js";
import { firstLetter, head, isUpperLetter, lettersOf } from "../text.js";

/** R-TITLE-2: a typed document's subject starts with a capital letter (nd30, union). */
export function subjectCapital(ctx: ModelContext): Finding[] {
  const { subject, kind } = ctx.doc;
  if (isCongVan(kind)) return [];
  const letter = firstLetter(subject);
  if (letter === undefined || isUpperLetter(letter)) return [];
  const fixed = capitalizeFirst(subject.trim());
  return [
    ctx.finding("R-TITLE-2", {
      path: "subject",
      message: { vi: "Trích yếu bắt đầu bằng chữ hoa", en: "The subject starts with a capital letter" },
      expected: head(fixed),
      actual: head(subject),
      fix: `Viết hoa chữ cái đầu: "${head(fixed)}".`,
    }),
  ];
}

/** P-TITLE-1: a Party document's subject starts with a lower-case letter (observed, spec §2.4). */
export function partySubjectLowerCase(ctx: ModelContext): Finding[] {
  const { subject, kind } = ctx.doc;
  if (isCongVan(kind)) return [];
  const letter = firstLetter(subject);
  if (letter === undefined || !isUpperLetter(letter)) return [];
  const words = subject.trim().split(/\s+/u);
  // An all-caps first word is an abbreviation or a name ("UBND"); it keeps its capitals.
  if (words[0] && words[0].length > 1 && lettersOf(words[0]) === lettersOf(words[0]).toLocaleUpperCase("vi")) return [];
  const fixed = [lowerVi(words[0] ?? ""), ...words.slice(1)].join(" ");
  return [
    ctx.finding("P-TITLE-1", {
      path: "subject",
      message: { vi: "Trích yếu văn bản Đảng bắt đầu bằng chữ thường", en: "A Party subject starts with a lower-case letter" },
      expected: head(fixed),
      actual: head(subject),
      fix: `Viết thường chữ cái đầu: "${head(fixed)}".`,
    }),
  ];
}

function vvWrittenTwice(ctx: ModelContext, rule: RuleId): Finding[] {
  const { subject, kind } = ctx.doc;
  if (!isCongVan(kind)) return [];
  const prefix = ctx.profile.vv.prefix;
  // A profile with no prefix (a Party công văn, HD 36's example) still refuses a stored "V/v".
  const letters = lettersOf(prefix || "V/v").toLocaleLowerCase("vi");
  // "V/v", "V/V", "v/v " at the start: the letters of the prefix followed by a space.
  const start = subject.trim().split(/\s+/u)[0] ?? "";
  if (lettersOf(start).toLocaleLowerCase("vi") !== letters || !/\//u.test(start)) return [];
  const rest = subject.trim().slice(start.length).trim();
  const message = prefix
    ? {
        vi: `Trích yếu công văn không ghi "${prefix.trim()}"; trình kết xuất tự thêm`,
        en: `The công văn subject is stored without "${prefix.trim()}"; the writer adds it`,
      }
    : {
        vi: `Trích yếu công văn của hồ sơ ${ctx.profile.id} không có "${start}" ở đầu`,
        en: `A công văn subject of profile ${ctx.profile.id} has no "${start}" prefix`,
      };
  return [
    ctx.finding(rule, {
      path: "subject",
      message,
      expected: head(rest),
      actual: head(subject),
      fix: `Bỏ "${start}" ở đầu trích yếu.`,
    }),
  ];
}

/** R-VV-1: the công văn subject prints once after "V/v " (the model holds it without). */
export function vvOnce(ctx: ModelContext): Finding[] {
  return vvWrittenTwice(ctx, "R-VV-1");
}

/** P-VV-1: as R-VV-1, for a Party công văn. */
export function partyVvOnce(ctx: ModelContext): Finding[] {
  return vvWrittenTwice(ctx, "P-VV-1");
}
