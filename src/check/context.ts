import type { Document, ProfileId } from "../model/document.js";
import type { SourceLines } from "../model/source.js";
import type { Profile } from "../layout/schema.js";
import type { Finding, FindingDetails } from "./finding.js";
import { severityFor, type RuleId } from "./rules.js";
import type { CheckTerms } from "./terms.js";

export interface CheckOptions {
  /** The generation date that R-DATE-3 compares against; defaults to now. */
  now?: Date;
  /** Accept a date later than `now` (a document prepared in advance). */
  allowFutureDate?: boolean;
  /** Profile data other than the bundled one for the document's id (a variant, a test's own). */
  profileData?: Profile;
}

export interface RuleContext {
  profile: Profile;
  terms: CheckTerms;
  now: Date;
  allowFutureDate: boolean;
  /** A finding of `rule` with this profile's severity for it (spec §9). */
  finding(rule: RuleId, details: FindingDetails): Finding;
}

export interface ModelContext extends RuleContext {
  doc: Document;
}

export interface SourceContext extends RuleContext {
  source: SourceLines;
}

export type ModelRule = (ctx: ModelContext) => Finding[];
export type SourceRule = (ctx: SourceContext) => Finding[];

export function ruleContext(profile: Profile, options: CheckOptions): RuleContext {
  const id: ProfileId = profile.id;
  return {
    profile,
    terms: profile.check,
    now: options.now ?? new Date(),
    allowFutureDate: options.allowFutureDate ?? false,
    finding(rule, details) {
      const severity = severityFor(rule, id);
      // The registries only run rules the table applies to this profile; anything else is a bug.
      if (!severity) throw new Error(`rule ${rule} does not apply to profile ${id}`);
      return { rule, profile: id, severity, ...details };
    },
  };
}
