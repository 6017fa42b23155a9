import type { Document } from "../model/document.js";
import type { SourceLines } from "../model/source.js";
import type { Profile } from "../layout/schema.js";
import type { Finding, FindingDetails, Severity } from "./finding.js";
import { severityFor, unsureValues, type RuleId } from "./rules.js";
import type { CheckTerms } from "./terms.js";

export interface CheckOptions {
  /** The generation date that R-DATE-3 compares against; defaults to now. */
  now?: Date;
  /** Accept a date later than `now` (a document prepared in advance). */
  allowFutureDate?: boolean;
  /** Profile data other than the bundled one for the document's id (a variant, a test's own). */
  profileData?: Profile;
  /** A profile id to check with instead of the document's (same family), e.g. "party-2026". */
  profile?: string;
  /** A caller's folders or files of profiles ("my-province.json"), known besides layouts/. */
  layouts?: string | string[];
}

export interface RuleContext {
  profile: Profile;
  terms: CheckTerms;
  now: Date;
  allowFutureDate: boolean;
  /** A finding of `rule` with this profile's severity for it (spec §9). */
  finding(rule: RuleId, details: FindingDetails): Finding;
}

/** Forms read across every profile known, for what a text borrows from another family (cross-family.ts). */
export interface AcrossProfiles {
  /** The end marks the other families print ("./."), which a Party text must not carry (P-END-1). */
  foreignEndMarks: string[];
  /** The type codes any profile gives a công văn ("CV"), to recognise "CV-LĐLĐ" in a state or union text (R-NUM-5). */
  congVanCodes: string[];
}

export interface ModelContext extends RuleContext {
  doc: Document;
  across: AcrossProfiles;
}

export interface SourceContext extends RuleContext {
  source: SourceLines;
  across: AcrossProfiles;
}

export type ModelRule = (ctx: ModelContext) => Finding[];
export type SourceRule = (ctx: SourceContext) => Finding[];

/** Severities a rule may have when what it judges is not confirmed: at most a warning. */
const CAPPED: Record<Severity, Severity> = { error: "warning", warning: "warning", info: "info" };

export function ruleContext(profile: Profile, options: Pick<CheckOptions, "now" | "allowFutureDate">): RuleContext {
  return {
    profile,
    terms: profile.check,
    now: options.now ?? new Date(),
    allowFutureDate: options.allowFutureDate ?? false,
    finding(rule, details) {
      const severity = severityFor(rule, profile);
      // The registries only run rules the table applies to this profile; anything else is a bug.
      if (!severity) throw new Error(`rule ${rule} does not apply to profile ${profile.id}`);
      const unsure = unsureValues(rule, profile);
      if (unsure.length === 0) return { rule, profile: profile.id, severity, ...details };
      // Strict only where the rules are sure (issue 11): a reported or disputed value warns at most.
      const sources = unsure.map((u) => u.source).join("; ");
      const message = {
        vi: `${details.message.vi} (giá trị chưa được xác nhận: ${sources})`,
        en: `${details.message.en} (value not confirmed: ${sources})`,
      };
      return { rule, profile: profile.id, severity: CAPPED[severity], ...details, message };
    },
  };
}
