/** What the number line needs to know of a profile (spec §4). */
export interface NumberGrammar {
  /** "Số: " or "Số ". */
  prefix: string;
  minDigits: number;
  /** "type-issuer": N/TYPE-ISSUER[-UNIT]; "party": N-TYPE/ISSUER[-UNIT]. */
  grammar: "type-issuer" | "party";
  /** Printed in place of the number of an unissued draft. */
  draftBlank: string;
}

export interface SymbolParts {
  number: number | null;
  numberSuffix?: string | undefined;
  /** The type code, or null/undefined for a công văn without one. */
  typeCode?: string | null | undefined;
  issuer: string;
  unit?: string | undefined;
}

/** "05", "108": at least minDigits digits (R-NUM-2), plus an optional letter suffix ("7c" → "07c"). */
export function formatNumber(n: number | null, minDigits: number, suffix = "", blank = "      "): string {
  if (n === null) return blank;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Số văn bản phải là số nguyên ≥ 1 / number must be an integer >= 1, got ${n}`);
  return String(n).padStart(minDigits, "0") + suffix;
}

/** The symbol after the number: "HD-LĐLĐ", "LĐLĐ-VP" (state, union) or "KH/TU" (party). */
export function formatSymbol(parts: SymbolParts, grammar: NumberGrammar["grammar"]): string {
  const issuer = parts.unit ? `${parts.issuer}-${parts.unit}` : parts.issuer;
  if (grammar === "party") return parts.typeCode ? `${parts.typeCode}/${issuer}` : issuer;
  return parts.typeCode ? `${parts.typeCode}-${issuer}` : issuer;
}

/** The whole number line: "Số: 60/HD-LĐLĐ", "Số: 18/LĐLĐ-VP", "Số 24-KH/TU". */
export function formatNumberLine(parts: SymbolParts, g: NumberGrammar): string {
  const number = formatNumber(parts.number, g.minDigits, parts.numberSuffix ?? "", g.draftBlank);
  const joiner = g.grammar === "party" ? "-" : "/";
  return `${g.prefix}${number}${joiner}${formatSymbol(parts, g.grammar)}`;
}
