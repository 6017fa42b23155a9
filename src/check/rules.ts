import type { KindId } from "../model/kinds.js";
import type { Family, Profile } from "../layout/schema.js";
import { isUnsure, isWithin, standingAt, type StandingEntry } from "../layout/standing.js";
import type { Severity } from "./finding.js";

/**
 * Where a rule is judged:
 * - "model": on the Document (what the writer will print from it);
 * - "source": on the verbatim lines of an imported archive (how the original was written);
 * - "both": on each, the source finding winning when both see the same thing;
 * - "layout": needs the laid-out page (sizes, positions, rules, margins), verified by the PDF writer's tests;
 * - "none": not judged by the checker (see `why`).
 */
export type Judged = "model" | "source" | "both" | "layout" | "none";

export interface RuleSpec {
  id: string;
  /**
   * Severity per profile family (spec §9 tables); a family that is absent does not apply the
   * rule. A profile file may override it for itself ("severity": { "R-NUM-5": "off" }).
   */
  severity: Partial<Record<Family, Severity>>;
  /**
   * The profile values the rule judges against, as JSON pointers. When the profile's standing
   * for any of them is only reported or disputed, the rule reports at most a warning (issue 11).
   */
  values?: readonly string[];
  judged: Judged;
  /** Kinds the rule is limited to (R-BODY-4: a Quyết định's legal bases). */
  kinds?: readonly KindId[];
  summary: string;
  why?: string;
}

const NUP = (s: Severity) => ({ state: s, union: s, party: s });
const NU = (s: Severity) => ({ state: s, union: s });
const P = (s: Severity) => ({ party: s });

/** The rule table of spec §9 as data: id, profiles, severity, and where it is judged. */
export const RULES = [
  // Page and fonts
  { id: "R-PAGE-1", severity: NUP("error"), judged: "layout", summary: "A4 portrait, 210 × 297 mm" },
  { id: "R-PAGE-2", severity: NU("error"), judged: "layout", summary: "margins within the decree's ranges" },
  { id: "R-PAGE-3", severity: P("warning"), judged: "layout", summary: "party margins 20/20/30/15 mm" },
  { id: "R-FONT-1", severity: NU("error"), judged: "layout", summary: "Times New Roman or a metric-compatible font, black" },
  { id: "R-FONT-2", severity: NUP("error"), judged: "both", summary: "Unicode NFC text, no TCVN3/VNI legacy encodings" },
  // Header
  { id: "R-HDR-1", severity: NU("error"), judged: "layout", summary: "national title line (profile text), caps, bold, 12–13 pt" },
  { id: "R-HDR-2", severity: NU("error"), judged: "layout", summary: "motto (profile text) with its rule" },
  { id: "R-HDR-3", severity: NU("error"), judged: "model", summary: "issuing and superior bodies in caps (bold and rule: layout)" },
  { id: "P-HDR-1", severity: P("error"), judged: "layout", summary: "Party title with a rule of its length" },
  { id: "P-HDR-2", severity: P("error"), judged: "layout", summary: "a centred * under the issuer, no rule" },
  // Number line
  { id: "R-NUM-1", values: ["/number/prefix"], severity: NU("error"), judged: "source", summary: 'number line opens with "Số: " then the number' },
  { id: "R-NUM-2", values: ["/number/minDigits"], severity: NUP("error"), judged: "source", summary: "a number below 10 has a leading zero" },
  { id: "R-NUM-2b", severity: NUP("info"), judged: "both", summary: "a lower-case letter suffix on the number is accepted" },
  { id: "R-NUM-3", values: ["/number/grammar"], severity: NU("error"), judged: "both", summary: "no spaces inside the symbol; TYPE-ISSUER grammar" },
  { id: "R-NUM-4", values: ["/typeCodes"], severity: NU("error"), judged: "both", summary: "the type code is the profile's code for the kind, exact case" },
  { id: "R-NUM-5", values: ["/check/congVanSymbol"], severity: { state: "error", union: "warning" }, judged: "both", summary: "a công văn symbol is ISSUER-UNIT" },
  { id: "P-NUM-1", values: ["/number/prefix", "/number/grammar"], severity: P("error"), judged: "both", summary: '"Số N-TYPE/ISSUER": no colon, hyphen then slash, no spaces' },
  { id: "P-NUM-2", values: ["/number/prefix", "/number/grammar"], severity: P("error"), judged: "source", summary: 'no "Số:" colon form and no N/TYPE-ISSUER order in a Party document' },
  { id: "R-NUM-6", severity: NUP("error"), judged: "layout", summary: "number and date on the same row" },
  // Date line
  { id: "R-DATE-1", values: ["/date"], severity: NUP("error"), judged: "both", summary: '"<Place>, ngày DD tháng M năm YYYY", place capitalised' },
  { id: "R-DATE-2", values: ["/date/padMonthsUpTo", "/date/dayDigits"], severity: NUP("error"), judged: "source", summary: "day 2 digits; months 1–2 padded, 3–9 not" },
  { id: "R-DATE-3", severity: NUP("error"), judged: "both", summary: "a real calendar date, not later than the generation date" },
  { id: "R-DATE-4", severity: NUP("warning"), judged: "layout", summary: "date line italic, 13–14 pt" },
  // Type name, subject, công văn
  { id: "R-TITLE-1", severity: NU("error"), judged: "layout", summary: "type name caps bold centred, subject bold, short rule" },
  { id: "R-TITLE-2", severity: NU("warning"), judged: "model", summary: "the subject starts with a capital letter" },
  { id: "P-TITLE-1", severity: P("warning"), judged: "model", summary: "the Party subject starts with a lower-case letter" },
  { id: "R-VV-1", values: ["/vv/prefix"], severity: NU("error"), judged: "both", summary: 'a công văn subject is written once after "V/v "' },
  { id: "P-VV-1", values: ["/vv/prefix"], severity: P("warning"), judged: "both", summary: 'a Party công văn subject is written once after "V/v "' },
  // Kính gửi
  { id: "R-KG-1", values: ["/kinhGui/label"], severity: NU("error"), judged: "both", summary: 'a công văn has a "Kính gửi:" block' },
  { id: "R-KG-2", values: ["/kinhGui"], severity: NU("error"), judged: "both", summary: 'Kính gửi items: "- " first, ";" after each, "." after the last' },
  { id: "R-KG-3", values: ["/kinhGui/firstOnLabelLine"], severity: NU("warning"), judged: "source", summary: "several Kính gửi items start on a new line; one stays on the label line" },
  // Body
  { id: "R-BODY-1", severity: NU("error"), judged: "layout", summary: "justified, 13–14 pt, first-line indent" },
  { id: "R-BODY-2", severity: NU("error"), judged: "layout", summary: "paragraph spacing and line spacing" },
  { id: "R-BODY-3", values: ["/paragraph/headingPunctuation"], severity: NUP("warning"), judged: "model", summary: "one heading hierarchy I. → 1. → 1.1. → a) → - → +, in sequence" },
  { id: "R-BODY-4", values: ["/check/basisSeparator", "/check/basisLast"], severity: NU("warning"), judged: "model", kinds: ["quyet-dinh"], summary: 'legal bases end with ";", the last with "."' },
  { id: "R-END-1", values: ["/endMark"], severity: NU("warning"), judged: "both", summary: 'the last body paragraph ends with the end mark "./."' },
  { id: "P-END-1", values: ["/endMark", "/check/bodyEnd"], severity: P("info"), judged: "both", summary: 'the last Party body paragraph ends with "." and no "./."' },
  // Signature
  { id: "R-SIG-1", values: ["/signature/prefixes"], severity: NU("error"), judged: "both", summary: "authority prefixes TM. KT. Q. TL. TUQ. then caps text" },
  { id: "R-SIG-2", values: ["/forbiddenNamePrefixes"], severity: NUP("error"), judged: "both", summary: "no academic title before the signer's name" },
  { id: "R-SIG-3", values: ["/check/roles"], severity: { state: "info" }, judged: "both", summary: "a deputy under TM. signs with a KT. line (disabled for union)" },
  { id: "P-SIG-1", values: ["/signature/prefixes"], severity: P("error"), judged: "both", summary: "Party prefixes T/M, K/T, T/L; no committee name on the title line" },
  { id: "P-SIG-2", values: ["/check/roles", "/check/committeeWords"], severity: P("warning"), judged: "both", summary: "a Party committee never signs K/T" },
  // Recipients
  { id: "R-RCPT-1", severity: NU("error"), judged: "layout", summary: '"Nơi nhận:" label at the margin, level with the signature' },
  { id: "R-RCPT-2", values: ["/recipients/itemPrefix", "/recipients/separator"], severity: NU("error"), judged: "both", summary: 'recipient lines start with "- " and end with ";"' },
  { id: "R-RCPT-3", values: ["/recipients/separator"], severity: NU("warning"), judged: "both", summary: 'a recipient note "(b/c)" comes before the ";"' },
  { id: "R-RCPT-4", values: ["/check/asAbove"], severity: NU("warning"), judged: "both", summary: 'with Kính gửi, the first recipient is "- Như trên;"' },
  { id: "R-RCPT-5", values: ["/recipients/archiveLabel", "/recipients/archiveFixed", "/recipients/last"], severity: NU("error"), judged: "both", summary: 'the last line is "- Lưu: VT, …."' },
  { id: "P-RCPT-1", values: ["/recipients/separator"], severity: P("warning"), judged: "both", summary: 'Party recipient lines end with ","' },
  { id: "P-RCPT-2", values: ["/recipients/archiveLabel"], severity: P("warning"), judged: "both", summary: 'the Party archive line is "- Lưu …." without a colon' },
  // Page numbers and annexes
  { id: "R-PGNUM-1", severity: NU("error"), judged: "layout", summary: "no number on page 1; pages 2+ numbered in the top margin" },
  { id: "R-PGNUM-2", severity: NU("error"), judged: "layout", summary: "each annex restarts page numbering" },
  { id: "R-APX-1", severity: NU("error"), judged: "none", summary: "annex numbers Roman when there are several", why: "vanban numbers annexes itself (realize/annexes.ts)" },
  { id: "R-APX-2", severity: NU("warning"), judged: "none", summary: "the body mentions every annex", why: "needs reading the body's text for each annex" },
  // Stamps and footer
  { id: "R-MARK-1", severity: NU("error"), judged: "model", summary: "urgency stamp text is one of the decree's (frame: layout)" },
  { id: "R-MARK-2", severity: NU("error"), judged: "model", summary: "circulation note text is one of the decree's (frame: layout)" },
  { id: "R-FOOT-1", severity: NU("warning"), judged: "layout", summary: "contact footer on page 1 only, under a full-width rule" },
  // vanban's own layout rules (src/layout/RULES.md), judged on the laid-out page
  { id: "L-LOST-1", severity: NUP("error"), judged: "layout", summary: "every string of the input is on the page exactly once, in order" },
  { id: "L-MARGIN-1", severity: NUP("error"), judged: "layout", summary: "nothing set past the margins" },
  { id: "L-WIDOW-1", severity: NUP("error"), judged: "layout", summary: "a split paragraph keeps 2 lines on each side" },
  { id: "L-HEAD-1", severity: NUP("error"), judged: "layout", summary: "a title is never the last line of its page" },
  { id: "L-BAND-1", severity: NUP("error"), judged: "layout", summary: "the closing band whole, with the body's last 2 lines" },
  { id: "L-BAND-2", severity: NUP("warning"), judged: "layout", summary: "the page before the band's is filled to within 3 lines" },
  // In-text citations
  { id: "R-CITE-1", severity: NUP("info"), judged: "model", summary: 'no spaces around "/" or "-" in cited symbols' },
  { id: "R-CITE-2", severity: NUP("warning"), judged: "model", summary: "cited dates dd/mm/yyyy are real dates" },
  {
    id: "R-CITE-3",
    severity: NU("info"),
    judged: "none",
    summary: "the first citation gives type, number, date, issuer and subject",
    why: "needs an understanding of which citations refer to the same document",
  },
] as const satisfies readonly RuleSpec[];

export type RuleId = (typeof RULES)[number]["id"];

const BY_ID = new Map<string, RuleSpec>(RULES.map((r) => [r.id, r]));

export function ruleSpec(id: string): RuleSpec | undefined {
  return BY_ID.get(id);
}

/** The severity a rule has in a profile: its own override, else its family's; undefined when it does not apply. */
export function severityFor(id: string, profile: Pick<Profile, "family" | "severity">): Severity | undefined {
  const own = profile.severity?.[id];
  if (own) return own === "off" ? undefined : own;
  return BY_ID.get(id)?.severity[profile.family];
}

/**
 * The profile values a rule judges that are only reported or disputed, with their source: the
 * checker is strict only where the rules are sure (issue 11).
 */
export function unsureValues(id: string, profile: Pick<Profile, "standing">): (StandingEntry & { at: string })[] {
  const out: (StandingEntry & { at: string })[] = [];
  const add = (entry: (StandingEntry & { at: string }) | undefined) => {
    if (entry && isUnsure(entry.standing) && !out.some((e) => e.at === entry.at)) out.push(entry);
  };
  for (const pointer of BY_ID.get(id)?.values ?? []) {
    // The value itself (or the part holding it), and any part of it with its own standing.
    add(standingAt(profile.standing, pointer));
    for (const [at, entry] of Object.entries(profile.standing)) if (isWithin(at, pointer) && at !== pointer) add({ ...entry, at });
  }
  return out;
}

/** Whether a rule applies to a document of this profile and kind. */
export function applies(rule: RuleSpec, profile: Pick<Profile, "family" | "severity">, kind?: KindId): boolean {
  if (!severityFor(rule.id, profile)) return false;
  return !rule.kinds || kind === undefined || rule.kinds.includes(kind);
}
