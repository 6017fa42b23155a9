import type { Finding } from "../finding.js";
import type { SourceContext } from "../context.js";
import { labelWord, numberJoiners, SYMBOL_GROUP } from "../patterns.js";
import { escapeRegExp } from "../text.js";
import { at, isTypedText, written, writtenKind, type WrittenLine } from "./lines.js";

/** A number line read loosely: "Số: 60/HD - LĐLĐ", "Số:18/LĐLĐ", "Số 24-KH/TU". */
interface NumberReading {
  line: WrittenLine;
  word: string;
  colon: boolean;
  number: string;
  suffix: string;
  /** Everything after the number, spaces kept: "/HD - LĐLĐ". */
  rest: string;
}

const NUMBER_LINE = /^(\p{L}+)\s*(:?)(?:(?<=:)\s*)?(\d+)([a-z]?)(.*)$/u;

function readNumberLine(ctx: SourceContext): NumberReading | undefined {
  const line = written(ctx.source.numberLine, "source.numberLine");
  if (!line) return undefined;
  const m = NUMBER_LINE.exec(line.text);
  if (!m) return undefined;
  return { line, word: m[1]!, colon: m[2] === ":", number: m[3]!, suffix: m[4]!, rest: m[5]! };
}

function padded(ctx: SourceContext, r: NumberReading): string {
  return r.number.padStart(ctx.profile.number.minDigits, "0");
}

/** The line with the profile's prefix, the padded number and the symbol without spaces. */
function normalised(ctx: SourceContext, r: NumberReading): string {
  return `${ctx.profile.number.prefix}${padded(ctx, r)}${r.suffix}${r.rest.replace(/\s+/gu, "")}`;
}

/** The symbol groups after the number's joiner: "/HD - LĐLĐ" → ["HD", "LĐLĐ"]. */
function symbolGroups(ctx: SourceContext, r: NumberReading): string[] {
  const { afterNumber } = numberJoiners(ctx.profile);
  const compact = r.rest.replace(/\s+/gu, "");
  const body = compact.startsWith(afterNumber) ? compact.slice(afterNumber.length) : compact;
  return body.split("-").filter(Boolean);
}

/** R-NUM-1: the line opens with the profile's prefix ("Số: ", colon and one space) then the number. */
export function numberPrefix(ctx: SourceContext): Finding[] {
  const line = written(ctx.source.numberLine, "source.numberLine");
  if (!line) return [];
  const prefix = ctx.profile.number.prefix;
  const r = readNumberLine(ctx);
  if (r && r.word === labelWord(prefix) && new RegExp(`^${escapeRegExp(prefix)}\\d`, "u").test(line.text)) return [];
  const expected = r ? `${prefix}${r.number}${r.suffix}${r.rest}` : `${prefix}NN/…`;
  return [
    ctx.finding("R-NUM-1", {
      ...at(line),
      message: {
        vi: `Dòng số văn bản bắt đầu bằng "${prefix}" (có dấu hai chấm và một dấu cách) rồi đến số`,
        en: `The number line opens with "${prefix}" (a colon and one space), then the number`,
      },
      expected,
      actual: line.text,
      fix: `Sửa thành "${expected}".`,
    }),
  ];
}

/** R-NUM-2: a number below 10 is written with a leading zero ("05"). */
export function numberPadding(ctx: SourceContext): Finding[] {
  const r = readNumberLine(ctx);
  if (!r || r.number.length >= ctx.profile.number.minDigits) return [];
  // R-NUM-2b: "7c" is written unpadded in union practice; a suffixed number may stay as it is.
  if (r.suffix) return [];
  const expected = r.line.text.replace(new RegExp(`${r.number}${r.suffix}`, "u"), `${padded(ctx, r)}${r.suffix}`);
  return [
    ctx.finding("R-NUM-2", {
      ...at(r.line),
      message: { vi: "Số văn bản nhỏ hơn 10 phải có số 0 ở trước", en: "A number below 10 has a leading zero" },
      expected,
      actual: r.line.text,
      fix: `Ghi "${padded(ctx, r)}" thay cho "${r.number}".`,
    }),
  ];
}

/** R-NUM-2b: a letter suffix on the number is accepted practice; noted so that a typo is seen. */
export function numberSuffixWritten(ctx: SourceContext): Finding[] {
  const r = readNumberLine(ctx);
  if (!r?.suffix) return [];
  return [
    ctx.finding("R-NUM-2b", {
      ...at(r.line),
      message: {
        vi: `Số văn bản có hậu tố chữ "${r.suffix}" — được chấp nhận theo thực tiễn, hãy chắc chắn là cố ý`,
        en: `The number carries a letter suffix "${r.suffix}" — accepted in practice; make sure it is intended`,
      },
      expected: "số không hậu tố, hoặc hậu tố chữ thường có chủ ý",
      actual: `${r.number}${r.suffix}`,
      fix: "Giữ hậu tố nếu văn bản thật sự mang số đó.",
    }),
  ];
}

/** R-NUM-3: no spaces inside the symbol; a typed document's symbol is TYPE-ISSUER[-UNIT]. Catches "60/HD - LĐLĐ". */
export function symbolWithoutSpaces(ctx: SourceContext): Finding[] {
  const r = readNumberLine(ctx);
  if (!r) return [];
  const { afterNumber } = numberJoiners(ctx.profile);
  const groups = isTypedText(ctx.source) ? "+" : "*";
  const shape = new RegExp(`^${escapeRegExp(afterNumber)}${SYMBOL_GROUP}(-${SYMBOL_GROUP})${groups}$`, "u");
  if (shape.test(r.rest)) return [];
  const expected = normalised(ctx, r);
  const spaced = /\s/u.test(r.rest);
  return [
    ctx.finding("R-NUM-3", {
      ...at(r.line),
      message: spaced
        ? { vi: 'Ký hiệu văn bản viết liền, không có khoảng trắng quanh "/" và "-"', en: 'No spaces inside the symbol, around "/" or "-"' }
        : { vi: "Ký hiệu văn bản không đúng dạng LOẠI-CƠQUAN", en: "The symbol does not follow TYPE-ISSUER" },
      expected,
      actual: r.line.text,
      fix: spaced ? `Viết liền: "${expected}".` : "Sửa ký hiệu theo dạng SỐ/LOẠI-CƠQUAN.",
    }),
  ];
}

/** R-NUM-4: a typed document's first symbol group is the profile's code for the kind named on its type line, exact case. */
export function writtenTypeCode(ctx: SourceContext): Finding[] {
  const r = readNumberLine(ctx);
  if (!r || !isTypedText(ctx.source)) return [];
  const [code] = symbolGroups(ctx, r);
  if (!code) return [];
  const kind = writtenKind(ctx.source);
  const own = kind ? ctx.profile.typeCodes[kind] : undefined;
  const known = Object.values(ctx.profile.typeCodes).filter((c): c is string => typeof c === "string");
  const ok = typeof own === "string" ? code === own : known.includes(code);
  if (ok) return [];
  const wanted = typeof own === "string" ? own : known.find((k) => k.toLocaleLowerCase("vi") === code.toLocaleLowerCase("vi"));
  const expected = wanted ? normalised(ctx, r).replace(new RegExp(`${escapeRegExp(code)}(?=-)`, "u"), wanted) : known.join(", ");
  return [
    ctx.finding("R-NUM-4", {
      ...at(r.line),
      message: wanted
        ? { vi: `Mã loại văn bản phải là "${wanted}" (đúng chữ hoa/thường)`, en: `The type code is "${wanted}", with its exact capitalisation` }
        : { vi: `"${code}" không phải mã loại văn bản của hồ sơ ${ctx.profile.id}`, en: `"${code}" is not a type code of profile ${ctx.profile.id}` },
      expected,
      actual: r.line.text,
      fix: wanted ? `Ghi mã loại "${wanted}".` : "Dùng mã loại đúng với tên loại văn bản.",
    }),
  ];
}

/** R-NUM-5: a công văn's symbol follows the profile's công văn pattern (default ISSUER-UNIT, no type code). */
export function writtenCongVanSymbol(ctx: SourceContext): Finding[] {
  const r = readNumberLine(ctx);
  if (!r || isTypedText(ctx.source)) return [];
  const groups = symbolGroups(ctx, r);
  const known = [...Object.values(ctx.profile.typeCodes), ...ctx.across.congVanCodes].filter((c): c is string => typeof c === "string");
  const startsWithCode = groups.length > 1 && known.includes(groups[0]!);
  const wanted = ctx.terms.congVanSymbol;
  const ok =
    wanted === "issuer-unit"
      ? groups.length >= 2 && !startsWithCode
      : wanted === "issuer-only"
        ? groups.length === 1
        : wanted === "issuer-any"
          ? !startsWithCode
          : startsWithCode;
  if (ok) return [];
  const issuer = startsWithCode ? groups.slice(1).join("-") : groups.join("-");
  const expected = wanted === "issuer-unit" ? `${issuer}-<ĐƠN VỊ SOẠN THẢO>` : issuer;
  return [
    ctx.finding("R-NUM-5", {
      ...at(r.line),
      message: {
        vi: "Ký hiệu công văn gồm tên viết tắt cơ quan và đơn vị soạn thảo (CƠQUAN-ĐƠNVỊ), không có mã loại",
        en: "A công văn symbol is ISSUER-UNIT (issuer and drafting unit), without a type code",
      },
      expected: `${ctx.profile.number.prefix}${padded(ctx, r)}${r.suffix}${numberJoiners(ctx.profile).afterNumber}${expected}`,
      actual: r.line.text,
      fix: "Thêm tên viết tắt đơn vị soạn thảo sau ký hiệu cơ quan (ví dụ LĐLĐ-VP).",
    }),
  ];
}

/** P-NUM-2: a Party line has no "Số:" colon and not the N/TYPE-ISSUER order of the state. */
function stateFormInParty(ctx: SourceContext, r: NumberReading): string | undefined {
  const { afterNumber, afterType } = numberJoiners(ctx.profile);
  const state = /^\s*\/\s*(\p{L}+)\s*-\s*(.+)$/u.exec(r.rest);
  if (!r.colon && !state) return undefined;
  const symbol = state ? `${state[1]}${afterType}${state[2]!.replace(/\s+/gu, "")}` : r.rest.replace(/\s+/gu, "").replace(new RegExp(`^${escapeRegExp(afterNumber)}`, "u"), "");
  return `${ctx.profile.number.prefix}${padded(ctx, r)}${r.suffix}${afterNumber}${symbol}`;
}

export function partyNumberForm(ctx: SourceContext): Finding[] {
  const r = readNumberLine(ctx);
  if (!r) return [];
  const expected = stateFormInParty(ctx, r);
  if (!expected) return [];
  return [
    ctx.finding("P-NUM-2", {
      ...at(r.line),
      message: {
        vi: `Văn bản Đảng ghi "${ctx.profile.number.prefix.trim()}" không có dấu hai chấm, và số-LOẠI/CƠQUAN`,
        en: `A Party number line has no colon after "${ctx.profile.number.prefix.trim()}" and reads N-TYPE/ISSUER`,
      },
      expected,
      actual: r.line.text,
      fix: `Sửa thành "${expected}".`,
    }),
  ];
}

/** P-NUM-1: the Party line "Số N-TYPE/ISSUER", no spaces. Left to P-NUM-2 when the line uses the state's form. */
export function partyNumberLine(ctx: SourceContext): Finding[] {
  const r = readNumberLine(ctx);
  if (!r || stateFormInParty(ctx, r)) return [];
  const { profile } = ctx;
  const { afterNumber, afterType } = numberJoiners(profile);
  const pattern = new RegExp(
    `^${escapeRegExp(profile.number.prefix)}\\d+[a-z]?${escapeRegExp(afterNumber)}\\p{L}+${escapeRegExp(afterType)}[\\p{Lu}0-9]+$`,
    "u",
  );
  if (pattern.test(r.line.text)) return [];
  const expected = normalised(ctx, r);
  return [
    ctx.finding("P-NUM-1", {
      ...at(r.line),
      message: {
        vi: `Dòng số văn bản Đảng có dạng "${profile.number.prefix}N${afterNumber}LOẠI${afterType}CƠQUAN", không có khoảng trắng trong ký hiệu`,
        en: `A Party number line reads "${profile.number.prefix}N${afterNumber}TYPE${afterType}ISSUER", with no spaces in the symbol`,
      },
      expected,
      actual: r.line.text,
      fix: `Sửa thành "${expected}".`,
    }),
  ];
}
