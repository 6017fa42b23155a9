import type { DocSymbol } from "../../model/document.js";
import type { KindId } from "../../model/kinds.js";
import type { Profile } from "../../layout/schema.js";
import type { NumberReading } from "./number-line.js";

/**
 * Type codes of every profile, plus the codes of spec §4.4 for kinds the model does not have
 * yet (Hợp đồng, Giấy mời …): a first symbol group among these is a type code, anything else
 * is the issuer of a công văn ("18/LĐLĐ", "2917/SGDĐT-VP").
 */
const EXTRA_TYPE_CODES = ["CV", "HĐ", "CĐ", "GM", "GGT", "GNP", "GUQ", "BGN", "BTT", "PG", "PC", "PB", "TT", "KL"];

export function knownTypeCodes(profiles: readonly Profile[]): Set<string> {
  const codes = new Set(EXTRA_TYPE_CODES);
  for (const p of profiles) for (const code of Object.values(p.typeCodes)) if (code) codes.add(code);
  return codes;
}

export interface SymbolReading {
  symbol?: DocSymbol;
  /** The type code as written, before comparing it with the profile's code for the kind. */
  typeCode?: string;
}

/** Splits the symbol groups into type code, issuer and unit. */
export function readSymbol(reading: NumberReading, typeCodes: Set<string>): SymbolReading {
  const groups = reading.groups;
  let typeCode = reading.typeCode;
  let rest = groups;
  if (!typeCode && groups.length >= 2 && typeCodes.has(groups[0]!)) {
    typeCode = groups[0]!;
    rest = groups.slice(1);
  }
  const [issuer, ...unit] = rest;
  if (!issuer) return typeCode ? { typeCode } : {};
  const symbol: DocSymbol = { issuer, ...(unit.length ? { unit: unit.join("-") } : {}) };
  return { symbol, ...(typeCode ? { typeCode } : {}) };
}

/** The first kind whose code in the profile is `code` ("HD" → huong-dan). */
export function kindForCode(profile: Profile, code: string): KindId | undefined {
  for (const [kind, c] of Object.entries(profile.typeCodes)) if (c === code) return kind as KindId;
  return undefined;
}
