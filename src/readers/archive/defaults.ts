import { DocumentError, issuesFromZod } from "../../model/errors.js";
import { listProfiles, type ProfileSources } from "../../layout/load.js";
import { ImportDefaultsSchema, ImportOptionsSchema, type ImportDefaults, type ImportOptions } from "./types.js";

/**
 * Validates a defaults file's content (profile, issuer, place, or any other top-level field).
 * Throws DocumentError naming each bad field.
 */
export function parseImportDefaults(data: unknown, sources?: ProfileSources): ImportDefaults {
  const result = ImportDefaultsSchema.safeParse(data, { reportInput: true });
  const issues = result.success ? [] : issuesFromZod(result.error);
  // The profile must exist: layouts/ or the caller's own (a province's union variant).
  const profile = (data as { profile?: unknown } | null)?.profile;
  if (typeof profile === "string" && !issues.some((i) => i.path === "profile")) {
    const known = listProfiles(sources).map((p) => p.id);
    if (!known.includes(profile)) {
      issues.push({ path: "profile", vi: `không có hồ sơ "${profile}"; các hồ sơ có: ${known.join(", ")}`, en: `unknown profile "${profile}"; known profiles: ${known.join(", ")}` });
    }
  }
  if (!result.success || issues.length) throw new DocumentError(issues, "defaults");
  return result.data;
}

/** The defaults in force: `defaults`, overridden by the `profile`, `issuer` and `place` shorthands. */
export function effectiveDefaults(options: ImportOptions | undefined): ImportDefaults {
  const result = ImportOptionsSchema.safeParse(options ?? {}, { reportInput: true });
  if (!result.success) throw new DocumentError(issuesFromZod(result.error), "import options");
  const { defaults, profile, issuer, place } = result.data;
  return {
    ...defaults,
    ...(profile ? { profile } : {}),
    ...(issuer ? { issuer } : {}),
    ...(place ? { place } : {}),
  };
}
