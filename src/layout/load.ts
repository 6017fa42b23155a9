import { DocumentError, issuesFromZod } from "../model/errors.js";
import { mergeProfileData, type ProfileData } from "./merge.js";
import { profileFiles, type ProfileFile, type ProfileSources } from "./registry.js";
import { ProfileSchema, type Family, type Profile, type Style } from "./schema.js";

export type { ProfileSources } from "./registry.js";

/** How deep `extends` may go: far more than any real chain (party-2026-hd05 → party-2026 → party-2018). */
const MAX_EXTENDS_DEPTH = 16;

/** Merged and validated profiles, by id and the files they were built from. */
const cache = new Map<string, { stamp: string; profile: Profile }>();

function unknownProfile(id: string, known: Iterable<string>, path = "profile"): DocumentError {
  const list = [...known].sort().join(", ");
  return new DocumentError(
    [{ path, vi: `không có hồ sơ "${id}"; các hồ sơ có: ${list}`, en: `unknown profile "${id}"; known profiles: ${list}` }],
    "profile",
  );
}

/** The files of a profile and its ancestors, the profile first. */
export function profileChain(id: string, options?: ProfileSources): ProfileFile[] {
  return chainOf(id, profileFiles(options));
}

function chainOf(id: string, files: Map<string, ProfileFile>): ProfileFile[] {
  const chain: ProfileFile[] = [];
  for (let next: string | undefined = id; next !== undefined; ) {
    const entry = files.get(next);
    if (!entry) throw unknownProfile(next, files.keys(), chain.length ? `${chain.at(-1)!.file}: extends` : "profile");
    if (chain.some((e) => e.id === next) || chain.length >= MAX_EXTENDS_DEPTH) {
      const path = [...chain.map((e) => e.id), next].join(" → ");
      throw new DocumentError([{ path: `${entry.file}: extends`, vi: `"extends" lặp vòng hoặc quá sâu: ${path}`, en: `"extends" loops or goes too deep: ${path}` }], "profile");
    }
    chain.push(entry);
    const parent = entry.data.extends;
    if (parent !== undefined && typeof parent !== "string") {
      throw new DocumentError([{ path: `${entry.file}: extends`, vi: '"extends" là mã một hồ sơ', en: '"extends" names a profile id' }], "profile");
    }
    next = parent;
  }
  return chain;
}

function validate(data: unknown, context: string): Profile {
  const result = ProfileSchema.safeParse(data, { reportInput: true });
  if (!result.success) throw new DocumentError(issuesFromZod(result.error), context);
  return result.data;
}

/** A chain of files merged from the root down (each file holds only what it changes). */
function mergeChain(chain: readonly ProfileFile[]): ProfileData {
  const [root, ...children] = [...chain].reverse();
  let data: ProfileData = { ...root!.data, id: root!.id };
  for (const child of children) data = { ...mergeProfileData(data, child.data, child.id), id: child.id };
  return data;
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
 * The profile a document is rendered or checked with: the chosen one, else the document's.
 * A chosen profile must be of the document's family: a province's union variant can render a
 * union document, an nd30 profile cannot render a Party one (its number grammar and signature
 * prefixes are another family's).
 */
export function profileForDocument(documentProfile: string, choice: ProfileChoice = {}): Profile {
  const own = loadProfile(documentProfile, choice);
  if (!choice.profile || choice.profile === documentProfile) return own;
  const chosen = loadProfile(choice.profile, choice);
  if (chosen.family !== own.family) {
    throw new DocumentError(
      [
        {
          path: "profile",
          vi: `hồ sơ ${chosen.id} (${chosen.family}) không dùng cho văn bản hồ sơ ${own.id} (${own.family})`,
          en: `profile ${chosen.id} (${chosen.family}) cannot be used for a document of profile ${own.id} (${own.family})`,
        },
      ],
      "profile",
    );
  }
  return chosen;
}

/** The profile with a named preset's element overrides applied ("decree-example"). */
export function withPreset(profile: Profile, preset: string | undefined): Profile {
  if (!preset || preset === "common") return profile;
  const overrides = profile.presets?.[preset];
  if (!overrides) {
    const known = ["common", ...Object.keys(profile.presets ?? {})].join(", ");
    // A DocumentError, so that callers (the service: 422) treat it as bad input naming the field.
    const issue = { path: "preset", vi: `không có preset "${preset}" (có: ${known})`, en: `unknown preset "${preset}" for profile ${profile.id} (known: ${known})` };
    throw new DocumentError([issue], "layout options");
  }
  const elements = { ...profile.elements } as Record<string, Style>;
  for (const [name, style] of Object.entries(overrides)) {
    const base = elements[name];
    if (base) elements[name] = { ...base, ...style };
  }
  return { ...profile, elements: elements as Profile["elements"] };
}
