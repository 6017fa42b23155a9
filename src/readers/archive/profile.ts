import type { Family } from "../../layout/schema.js";
import type { ArchiveLine } from "./lines.js";
import { foldVi } from "./lines.js";
import type { HeaderReading } from "./header.js";
import type { SignatureLines } from "./signature.js";

/** One reason to choose a profile family, with the line that shows it. */
export interface ProfileEvidence {
  profile: Exclude<Family, "state">;
  line: number;
  reason: string;
}

const UNION_ISSUER = /lien doan lao dong|\bldld\b|cong doan|tong ld|\bcd(?:cs|n|vc)?\b/;
const UNION_SYMBOL = /^(?:ldld|tld|cd[a-z]*)$/;
const PARTY_PREFIX = /^(?:T\/M|K\/T|T\/L)(?![\p{L}])/u;

/**
 * The evidence in the text for each profile (issue #3): party for "ĐẢNG CỘNG SẢN VIỆT NAM",
 * a "Số N-XX/YY" number, T/M, K/T or T/L, or a "*" under the issuer; union for Liên đoàn
 * Lao động or Công đoàn issuers (in the header, or as the symbol's issuer: "LĐLĐ", "TLĐ").
 * Nothing here points to the state family (nd30): it is what remains.
 */
export function profileEvidence(h: HeaderReading, sig: SignatureLines): ProfileEvidence[] {
  const out: ProfileEvidence[] = [];
  const add = (profile: ProfileEvidence["profile"], l: ArchiveLine | undefined, reason: string) => {
    if (l) out.push({ profile, line: l.line, reason });
  };
  add("party", h.partyTitle, "ĐẢNG CỘNG SẢN VIỆT NAM");
  add("party", h.star, "* under the issuer");
  if (h.number?.grammar === "party") add("party", h.numberLine, "Số N-TYPE/ISSUER");
  for (const l of [...sig.authority, ...(sig.delegation ? [sig.delegation] : [])]) {
    if (PARTY_PREFIX.test(l.plain)) add("party", l, "T/M, K/T, T/L");
  }
  for (const l of h.issuerLines) if (UNION_ISSUER.test(l.folded)) add("union", l, "union issuer");
  const symbolIssuer = h.number?.grammar === "slash" ? h.number.groups : [];
  if (symbolIssuer.some((g) => UNION_SYMBOL.test(foldVi(g)))) add("union", h.numberLine, "union symbol issuer");
  return out;
}

/** The profile family the evidence points to, party first: its marks are the more specific. */
export function profileFromEvidence(evidence: readonly ProfileEvidence[]): ProfileEvidence["profile"] | undefined {
  const party = evidence.filter((e) => e.profile === "party").length;
  const union = evidence.filter((e) => e.profile === "union").length;
  if (party === 0 && union === 0) return undefined;
  return party >= union ? "party" : "union";
}
