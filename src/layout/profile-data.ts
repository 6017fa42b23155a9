// Profiles from data: following `extends`, merging and validating, with no file system, so that
// a browser can use the profiles it imports as JSON (layouts/*.json). registry.ts reads the files.
import { DocumentError, issuesFromZod } from "../model/errors.js";
import { mergeProfileData, type ProfileData } from "./merge.js";
import { ProfileSchema, type Profile, type Style } from "./schema.js";

/** One profile file: its id, where it is, and its data as written (a child holds only what changes). */
export interface ProfileFile {
  id: string;
  file: string;
  bundled: boolean;
  data: ProfileData;
  /** Changes when the file does, for caches. */
  stamp: string;
}

/** How deep `extends` may go: far more than any real chain (party-2026-hd05 → party-2026 → party-2018). */
const MAX_EXTENDS_DEPTH = 16;

export function unknownProfile(id: string, known: Iterable<string>, path = "profile"): DocumentError {
  const list = [...known].sort().join(", ");
  return new DocumentError(
    [{ path, vi: `không có hồ sơ "${id}"; các hồ sơ có: ${list}`, en: `unknown profile "${id}"; known profiles: ${list}` }],
    "profile",
  );
}

/** The files of profile `id` and its ancestors, the profile first. */
export function chainOf(id: string, files: ReadonlyMap<string, ProfileFile>): ProfileFile[] {
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

export function validateProfile(data: unknown, context: string): Profile {
  const result = ProfileSchema.safeParse(data, { reportInput: true });
  if (!result.success) throw new DocumentError(issuesFromZod(result.error), context);
  return result.data;
}

/** A chain of files merged from the root down (each file holds only what it changes). */
export function mergeChain(chain: readonly ProfileFile[]): ProfileData {
  const [root, ...children] = [...chain].reverse();
  let data: ProfileData = { ...root!.data, id: root!.id };
  for (const child of children) data = { ...mergeProfileData(data, child.data, child.id), id: child.id };
  return data;
}

/**
 * Profile files given as data (each with its `id`, as layouts/*.json are), by id. Where the
 * profiles come from is named "data[i]" in errors.
 */
export function profileFilesOfData(profiles: readonly ProfileData[]): Map<string, ProfileFile> {
  const out = new Map<string, ProfileFile>();
  profiles.forEach((data, i) => {
    const id = data !== null && typeof data === "object" && !Array.isArray(data) ? data.id : undefined;
    if (typeof id !== "string" || id === "") {
      throw new DocumentError([{ path: `profiles[${i}].id`, vi: "dữ liệu hồ sơ cần có mã (id)", en: "profile data needs its id" }], "profile");
    }
    if (out.has(id)) throw new DocumentError([{ path: `profiles[${i}].id`, vi: `hồ sơ "${id}" có hai lần`, en: `profile "${id}" is given twice` }], "profile");
    out.set(id, { id, file: `profiles[${i}]`, bundled: false, data, stamp: "" });
  });
  return out;
}

/**
 * Profile `id` from data, merged with what it extends (which must be among `profiles`) and
 * validated: `profileFromData("union", [nd30, union])` with the JSON of layouts/.
 */
export function profileFromData(id: string, profiles: readonly ProfileData[]): Profile {
  const chain = chainOf(id, profileFilesOfData(profiles));
  return validateProfile(mergeChain(chain), `profile ${id} (${chain[0]!.file})`);
}

/**
 * The profile a document is rendered or checked with: `chosen`, else the document's own, each
 * built by `load` (from layouts/ in Node, from data in a page). A chosen profile must be of the
 * document's family: a province's union variant can render a union document, an nd30 profile
 * cannot render a Party one (its number grammar and signature prefixes are another family's).
 */
export function chooseProfile(documentProfile: string, chosen: string | undefined, load: (id: string) => Profile): Profile {
  const own = load(documentProfile);
  if (!chosen || chosen === documentProfile) return own;
  const profile = load(chosen);
  if (profile.family !== own.family) {
    throw new DocumentError(
      [
        {
          path: "profile",
          vi: `hồ sơ ${profile.id} (${profile.family}) không dùng cho văn bản hồ sơ ${own.id} (${own.family})`,
          en: `profile ${profile.id} (${profile.family}) cannot be used for a document of profile ${own.id} (${own.family})`,
        },
      ],
      "profile",
    );
  }
  return profile;
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
