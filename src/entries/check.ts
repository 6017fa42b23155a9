// vanban/check: the rules judged on the model and on an archive's verbatim lines, with no Node
// built-in, for a web page (or any JavaScript runtime). The caller gives the profile data
// (layouts/*.json, exported as "vanban/layouts/<id>.json"), as for vanban/layout. The Node entry
// ("vanban") reads the profiles from the package and adds checkText, checkData and the page checks.
import type { Document } from "../model/document.js";
import { DocumentError } from "../model/errors.js";
import type { SourceLines } from "../model/source.js";
import type { ProfileData } from "../layout/merge.js";
import { profileFilesOfData, profileFromData, unknownProfile } from "../layout/profile-data.js";
import { FamilySchema, type Profile } from "../layout/schema.js";
import { checkedProfile, checkModel, checkSourceLines } from "../check/check-core.js";
import type { CheckOptions } from "../check/context.js";
import type { Finding } from "../check/finding.js";

export { FindingSchema, SeveritySchema, hasErrors, type Finding, type Severity } from "../check/finding.js";
export { RULES, type RuleId } from "../check/rules.js";
export { profileFromData } from "../layout/profile-data.js";
export type { ProfileData } from "../layout/merge.js";
export type { Profile } from "../layout/schema.js";
export type { SourceLines } from "../model/source.js";
export { DocumentError, type DocumentIssue } from "../model/errors.js";

export interface PortableCheckOptions extends Pick<CheckOptions, "now" | "allowFutureDate" | "profileData"> {
  /**
   * Profile data: vanban/layouts/*.json (and the caller's own profiles). The document's profile
   * is built from it, with every profile it extends; the rules that recognise another family's
   * forms (P-END-1: "./." in a Party text; R-NUM-5: "CV-…" in a công văn symbol) read across it,
   * so it holds a profile of each family (state, union, party).
   */
  profiles: readonly ProfileData[];
  /** A profile id among `profiles` to check with instead of the document's (same family), e.g. "party-2026". */
  profile?: string;
}

/** Every profile of `data`, merged and validated; an error names what is missing. */
function profilesOf(data: readonly ProfileData[] | undefined): Map<string, Profile> {
  if (!data?.length) {
    throw new DocumentError([{ path: "profiles", vi: "cần dữ liệu hồ sơ (vanban/layouts/*.json)", en: "profile data (vanban/layouts/*.json) is needed" }], "check options");
  }
  const known = new Map([...profileFilesOfData(data).keys()].map((id) => [id, profileFromData(id, data)]));
  const families = new Set([...known.values()].map((p) => p.family));
  const missing = FamilySchema.options.filter((f) => !families.has(f));
  if (missing.length > 0) {
    const list = missing.join(", ");
    throw new DocumentError(
      [
        {
          path: "profiles",
          vi: `thiếu hồ sơ của họ ${list}: các quy tắc P-END-1 và R-NUM-5 đọc dạng của các họ khác (đưa mọi tệp vanban/layouts/*.json)`,
          en: `no profile of family ${list}: rules P-END-1 and R-NUM-5 read the other families' forms (give every vanban/layouts/*.json)`,
        },
      ],
      "check options",
    );
  }
  return known;
}

/** The profiles of `options` (which JavaScript callers of the old `checkDocument(doc)` leave out): by id, and the core's options. */
function settingsOf(options: PortableCheckOptions | undefined) {
  const known = profilesOf(options?.profiles);
  const load = (id: string): Profile => {
    const profile = known.get(id);
    if (!profile) throw unknownProfile(id, known.keys());
    return profile;
  };
  return { load, core: { now: options?.now, allowFutureDate: options?.allowFutureDate, known: [...known.values()] } };
}

/**
 * Checks a document (validated: parseDocument of vanban/model) against every rule of spec §9
 * judged on the model, as `checkDocument` of "vanban" does, with the profiles given as data.
 */
export function checkDocument(doc: Document, options: PortableCheckOptions): Finding[] {
  const { load, core } = settingsOf(options);
  return checkModel(doc, checkedProfile(doc.profile, options, load), core);
}

/**
 * Checks an archive's verbatim lines against the rules about how they were written, as
 * `checkSource` of "vanban" does, with a profile or a profile id among `options.profiles`.
 */
export function checkSource(source: SourceLines, profile: Profile | Document["profile"], options: PortableCheckOptions): Finding[] {
  const { load, core } = settingsOf(options);
  return checkSourceLines(source, typeof profile === "string" ? load(profile) : profile, core);
}
