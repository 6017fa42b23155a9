import { isCongVan, kindName } from "../../model/kinds.js";
import { formatNumberLine, formatSymbol } from "../../text/number.js";
import type { Finding } from "../finding.js";
import type { ModelContext } from "../context.js";
import { numberJoiners, SYMBOL_GROUP } from "../patterns.js";
import { escapeRegExp } from "../text.js";

/** The type code the symbol prints: the document's override, else the profile's code for the kind. */
function effectiveTypeCode(ctx: ModelContext): string | null | undefined {
  return ctx.doc.symbol.typeCode ?? ctx.profile.typeCodes[ctx.doc.kind];
}

function printedLine(ctx: ModelContext, typeCode: string | null | undefined): string {
  const { doc, profile } = ctx;
  return formatNumberLine(
    { number: doc.number ?? 1, numberSuffix: doc.numberSuffix, typeCode, issuer: doc.symbol.issuer, unit: doc.symbol.unit },
    profile.number,
  );
}

/** R-NUM-2b: a letter suffix ("7c/NQ-BCH") is accepted practice; say so, so that a typo is noticed. */
export function numberSuffixNoted(ctx: ModelContext): Finding[] {
  const suffix = ctx.doc.numberSuffix;
  if (!suffix) return [];
  return [
    ctx.finding("R-NUM-2b", {
      path: "numberSuffix",
      message: {
        vi: `Số văn bản có hậu tố chữ "${suffix}" — được chấp nhận theo thực tiễn, hãy chắc chắn là cố ý`,
        en: `The number carries a letter suffix "${suffix}" — accepted in practice; make sure it is intended`,
      },
      expected: "số không hậu tố, hoặc hậu tố chữ thường có chủ ý",
      actual: suffix,
      fix: "Giữ hậu tố nếu văn bản thật sự mang số đó; nếu không, xóa numberSuffix.",
    }),
  ];
}

/**
 * R-NUM-3: the symbol parts are capital letters, digits and "&" (spec §4.1 ISSUER, UNIT), and a
 * typed document's printed line has at least TYPE-ISSUER.
 */
export function symbolGrammar(ctx: ModelContext): Finding[] {
  const out: Finding[] = [];
  const { symbol } = ctx.doc;
  const capsGroup = /^[\p{Lu}0-9&]+(-[\p{Lu}0-9&]+)*$/u;
  for (const part of ["issuer", "unit"] as const) {
    const value = symbol[part];
    if (value === undefined || capsGroup.test(value)) continue;
    out.push(
      ctx.finding("R-NUM-3", {
        path: `symbol.${part}`,
        message: {
          vi: "Ký hiệu cơ quan chỉ gồm chữ in hoa, chữ số và &",
          en: "An issuer or unit code holds capital letters, digits and & only",
        },
        expected: value.toLocaleUpperCase("vi").replace(/\s+/gu, ""),
        actual: value,
        fix: `Viết hoa, liền nhau: "${value.toLocaleUpperCase("vi").replace(/\s+/gu, "")}".`,
      }),
    );
  }
  const code = effectiveTypeCode(ctx);
  if (isCongVan(ctx.doc.kind) || !code) return out; // công văn: R-NUM-5; no code: R-NUM-4.
  const { afterNumber, afterType } = numberJoiners(ctx.profile);
  const line = printedLine(ctx, code);
  const pattern = new RegExp(
    `^${escapeRegExp(ctx.profile.number.prefix)}\\d+[a-z]?${escapeRegExp(afterNumber)}${SYMBOL_GROUP}(${escapeRegExp(afterType)}${SYMBOL_GROUP})+$`,
    "u",
  );
  if (!pattern.test(line)) {
    out.push(
      ctx.finding("R-NUM-3", {
        path: "symbol",
        message: { vi: "Dòng số, ký hiệu không đúng dạng SỐ/LOẠI-CƠQUAN", en: "The number line does not follow N/TYPE-ISSUER" },
        expected: `${ctx.profile.number.prefix}NN${afterNumber}${code}${afterType}${symbol.issuer}`,
        actual: line,
        fix: "Sửa ký hiệu cơ quan cho đúng dạng, không khoảng trắng.",
      }),
    );
  }
  return out;
}

/** R-NUM-4: a typed document's code is the profile's code for its kind, with its exact capitalisation. */
export function typeCodeForKind(ctx: ModelContext): Finding[] {
  const { doc, profile } = ctx;
  if (isCongVan(doc.kind)) return [];
  const own = profile.typeCodes[doc.kind];
  const override = doc.symbol.typeCode;
  const name = kindName(doc.kind);
  if (own === undefined && override === undefined) {
    return [
      ctx.finding("R-NUM-4", {
        path: "symbol.typeCode",
        message: {
          vi: `Hồ sơ ${profile.id} không có mã loại cho "${name}"`,
          en: `Profile ${profile.id} has no type code for "${name}"`,
        },
        expected: "một mã loại văn bản của hồ sơ",
        actual: "",
        fix: `Chọn đúng loại văn bản, hoặc ghi symbol.typeCode là mã loại hợp lệ của ${profile.id}.`,
      }),
    ];
  }
  if (override === undefined || override === own) return [];
  const known = Object.values(profile.typeCodes).filter((c): c is string => typeof c === "string");
  const sameLetters = own && own.toLocaleLowerCase("vi") === override.toLocaleLowerCase("vi");
  const message = sameLetters
    ? { vi: `Mã loại phải giữ đúng chữ hoa/thường: "${own}"`, en: `The type code keeps its exact capitalisation: "${own}"` }
    : own
      ? { vi: `Mã loại "${override}" không phải mã của "${name}" (${own})`, en: `Type code "${override}" is not the code of "${name}" (${own})` }
      : known.includes(override)
        ? { vi: `Mã loại "${override}" thuộc loại văn bản khác`, en: `Type code "${override}" belongs to another kind` }
        : { vi: `Mã loại "${override}" không có trong hồ sơ ${profile.id}`, en: `Type code "${override}" is not a code of profile ${profile.id}` };
  return [
    ctx.finding("R-NUM-4", {
      path: "symbol.typeCode",
      message,
      expected: own ?? known.join(", "),
      actual: override,
      fix: own ? `Xóa symbol.typeCode để dùng mã "${own}" của hồ sơ, hoặc sửa loại văn bản.` : "Sửa loại văn bản cho khớp mã.",
    }),
  ];
}

/** R-NUM-5: a công văn symbol follows the profile's công văn pattern (default ISSUER-UNIT, no type code). */
export function congVanSymbol(ctx: ModelContext): Finding[] {
  const { doc, profile, terms } = ctx;
  if (!isCongVan(doc.kind)) return [];
  const { symbol } = doc;
  const printed = formatSymbol({ number: null, typeCode: symbol.typeCode, issuer: symbol.issuer, unit: symbol.unit }, profile.number.grammar);
  const ownCode = profile.typeCodes["cong-van"];
  const wanted = terms.congVanSymbol;
  const code = symbol.typeCode ?? ownCode;
  const ok =
    wanted === "issuer-unit"
      ? !symbol.typeCode && !!symbol.unit
      : wanted === "issuer-only" || wanted === "issuer-any"
        ? !symbol.typeCode
        : typeof code === "string";
  if (ok) return [];
  const expected =
    wanted === "issuer-unit"
      ? `${symbol.issuer}-<ĐƠN VỊ SOẠN THẢO>`
      : wanted === "type-issuer"
        ? `${ownCode ?? "<MÃ>"}-${symbol.issuer}`
        : [symbol.issuer, symbol.unit].filter(Boolean).join("-");
  return [
    ctx.finding("R-NUM-5", {
      path: symbol.typeCode ? "symbol.typeCode" : "symbol.unit",
      message: {
        vi: "Ký hiệu công văn gồm tên viết tắt cơ quan và đơn vị soạn thảo, không có mã loại",
        en: "A công văn symbol is ISSUER-UNIT (issuer and drafting unit), without a type code",
      },
      expected,
      actual: printed,
      fix: symbol.typeCode
        ? "Xóa symbol.typeCode; công văn không có mã loại."
        : "Thêm symbol.unit là tên viết tắt đơn vị soạn thảo (ví dụ VP).",
    }),
  ];
}

/** P-NUM-1: the Party line "Số N-TYPE/ISSUER": a type code, and an issuer in capitals without "-". */
export function partyNumberGrammar(ctx: ModelContext): Finding[] {
  const { profile } = ctx;
  const code = effectiveTypeCode(ctx);
  const { afterNumber, afterType } = numberJoiners(profile);
  const line = code ? printedLine(ctx, code) : printedLine(ctx, null);
  const pattern = new RegExp(
    `^${escapeRegExp(profile.number.prefix)}\\d+[a-z]?${escapeRegExp(afterNumber)}\\p{L}+${escapeRegExp(afterType)}[\\p{Lu}0-9]+$`,
    "u",
  );
  if (pattern.test(line)) return [];
  return [
    ctx.finding("P-NUM-1", {
      path: code ? "symbol" : "symbol.typeCode",
      message: code
        ? { vi: "Dòng số văn bản Đảng có dạng Số N-LOẠI/CƠQUAN, cơ quan viết hoa liền", en: "A Party number line is N-TYPE/ISSUER, the issuer in capitals, unbroken" }
        : { vi: "Văn bản Đảng cần mã loại văn bản trong ký hiệu", en: "A Party document needs a type code in its symbol" },
      expected: `${profile.number.prefix}NN${afterNumber}${code ?? "<MÃ>"}${afterType}${ctx.doc.symbol.issuer.toLocaleUpperCase("vi").replace(/-/gu, "")}`,
      actual: line,
      fix: code ? "Viết ký hiệu cơ quan in hoa, một nhóm (ví dụ TU)." : "Ghi symbol.typeCode hoặc chọn loại văn bản có mã.",
    }),
  ];
}
