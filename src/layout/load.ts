import type { ProfileId } from "../model/document.js";
import { DocumentError, issuesFromZod } from "../model/errors.js";
import { BUNDLED_PROFILES } from "./bundled-profiles.js";
import { ProfileSchema, type Profile, type Style } from "./schema.js";

const cache = new Map<string, Profile>();

/** Validates profile data (a parsed layouts/*.json, or a caller's own). */
export function parseProfile(data: unknown): Profile {
  const result = ProfileSchema.safeParse(data, { reportInput: true });
  if (!result.success) throw new DocumentError(issuesFromZod(result.error), "profile");
  return result.data;
}

/** Loads and validates the bundled profile for an id, e.g. layouts/union.json. */
export function loadProfile(id: ProfileId): Profile {
  const hit = cache.get(id);
  if (hit) return hit;
  const profile = parseProfile(BUNDLED_PROFILES[id]);
  cache.set(id, profile);
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
