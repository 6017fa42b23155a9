import { DocumentError } from "../model/errors.js";
import { mergeProfileData, type ProfileData } from "./merge.js";
import { chainOf, chooseProfile, mergeChain, validateProfile as validate, type ProfileFile } from "./profile-data.js";
import { profileFiles, type ProfileSources } from "./registry.js";
import type { Family, Profile } from "./schema.js";

export { withPreset, profileFromData } from "./profile-data.js";

export type { ProfileSources } from "./registry.js";

/** Merged and validated profiles, by id and the files they were built from. */
const cache = new Map<string, { stamp: string; profile: Profile }>();

/** The files of a profile and its ancestors, the profile first. */
export function profileChain(id: string, options?: ProfileSources): ProfileFile[] {
  return chainOf(id, profileFiles(options));
}

/**
 * Validates profile data: a complete profile, or a caller's own that `extends` a known one
 * (the parent is found in layouts/ and the caller's sources; the merged result is validated).
 */
export function parseProfile(data: unknown, options?: ProfileSources): Profile {
  const parent = (data as ProfileData | null)?.extends;
  if (typeof parent !== "string") return validate(data, "profile");
  const own = data as ProfileData;
  const id = typeof own.id === "string" ? own.id : "(profile)";
  const base = mergeChain(chainOf(parent, profileFiles(options)));
  return validate({ ...mergeProfileData(base, own, id), id }, `profile ${id}`);
}

/**
 * Loads a profile by id, merged with what it extends: vanban's layouts/ (nd30, union,
 * party-2018, party-2026, and "party", the Party's current default) and the caller's sources.
 * An unknown id is a DocumentError at path "profile" listing the known ones.
 */
export function loadProfile(id: string, options?: ProfileSources): Profile {
  const files = profileFiles(options);
  const chain = chainOf(id, files);
  const stamp = chain.map((e) => e.stamp).join("|");
  const hit = cache.get(id);
  if (hit && hit.stamp === stamp) return hit.profile;
  const profile = validate(mergeChain(chain), `profile ${id} (${chain[0]!.file})`);
  cache.set(id, { stamp, profile });
  return profile;
}

/** What `listProfiles` says of each profile. */
export interface ProfileInfo {
  id: string;
  family: Family;
  extends?: string;
  variant: string;
  regulation: string;
  description?: string;
  file: string;
  /** From vanban's own layouts/ rather than the caller's. */
  bundled: boolean;
}

/** Every profile known: layouts/ plus the caller's folders and files, by id. */
export function listProfiles(options?: ProfileSources): ProfileInfo[] {
  const files = profileFiles(options);
  return [...files.values()]
    .map((entry) => {
      const p = loadProfile(entry.id, options);
      return {
        id: p.id,
        family: p.family,
        ...(p.extends ? { extends: p.extends } : {}),
        variant: p.variant,
        regulation: p.regulation.code,
        ...(p.description ? { description: p.description } : {}),
        file: entry.file,
        bundled: entry.bundled,
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id, "en"));
}

/**
 * The profile a family's documents get when nothing names one: the file that says
 * "familyDefault": true (nd30, union, party). An error if the data names none or several.
 */
export function defaultProfileOf(family: Family, options?: ProfileSources): string {
  const files = profileFiles(options);
  const ids = [...files.values()].filter((f) => f.data.familyDefault === true && loadProfile(f.id, options).family === family).map((f) => f.id);
  if (ids.length !== 1) {
    throw new DocumentError(
      [{ path: "familyDefault", vi: `họ hồ sơ ${family} cần đúng một hồ sơ mặc định (có: ${ids.join(", ") || "không"})`, en: `family ${family} needs exactly one default profile (found: ${ids.join(", ") || "none"})` }],
      "profile",
    );
  }
  return ids[0]!;
}

/** Which profile to use instead of the document's own, and where the caller's profiles are. */
export interface ProfileChoice extends ProfileSources {
  /** A profile id; the document's `profile` when absent. */
  profile?: string | undefined;
}

/**
 * The profile a document is rendered or checked with: the chosen one, else the document's
 * (of the document's family: see chooseProfile).
 */
export function profileForDocument(documentProfile: string, choice: ProfileChoice = {}): Profile {
  return chooseProfile(documentProfile, choice.profile, (id) => loadProfile(id, choice));
}
