// The checks in Node: profiles by id from layouts/ and the caller's folders (options.layouts),
// the other families' forms from vanban's own layouts/. The checks themselves are check-core.ts.
import type { Document } from "../model/document.js";
import { loadProfile } from "../layout/load.js";
import type { Profile } from "../layout/schema.js";
import type { SourceLines } from "../model/source.js";
import type { Finding } from "./finding.js";
import type { CheckOptions } from "./context.js";
import { bundledProfiles } from "./bundled.js";
import { checkedProfile, checkModel, checkPartialModel, checkSourceLines, type CoreCheckOptions, type PartialDocumentData } from "./check-core.js";

export type { PartialDocumentData } from "./check-core.js";

/** The date settings of `options` and vanban's profiles, for check-core. */
function coreOptions({ now, allowFutureDate }: Pick<CheckOptions, "now" | "allowFutureDate">): CoreCheckOptions {
  return { now, allowFutureDate, known: bundledProfiles() };
}

/**
 * Checks a document against every rule of spec §9 that can be judged on the model, with the
 * severities of its profile. Rules about how an original text was written are checkSource's.
 */
export function checkDocument(doc: Document, options: CheckOptions = {}): Finding[] {
  const profile = checkedProfile(doc.profile, options, (id) => loadProfile(id, options));
  return checkModel(doc, profile, coreOptions(options));
}

/** The model rules on the parts an incomplete document has (check-core's checkPartialModel). */
export function checkPartialDocument(partial: PartialDocumentData, profile: Profile, options: Omit<CheckOptions, "profileData"> = {}): Finding[] {
  return checkPartialModel(partial, profile, coreOptions(options));
}

/**
 * Checks the verbatim lines an archive import read against the rules about how they were
 * written (check-core's checkSourceLines), with a profile or a profile id.
 */
export function checkSource(source: SourceLines, profile: Profile | Document["profile"], options: Omit<CheckOptions, "profileData"> = {}): Finding[] {
  const data = typeof profile === "string" ? loadProfile(profile, options) : profile;
  return checkSourceLines(source, data, coreOptions(options));
}
