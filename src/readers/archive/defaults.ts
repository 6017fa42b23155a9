import { DocumentError, issuesFromZod } from "../../model/errors.js";
import { ImportDefaultsSchema, ImportOptionsSchema, type ImportDefaults, type ImportOptions } from "./types.js";

/**
 * Validates a defaults file's content (profile, issuer, place, or any other top-level field).
 * Throws DocumentError naming each bad field.
 */
export function parseImportDefaults(data: unknown): ImportDefaults {
  const result = ImportDefaultsSchema.safeParse(data, { reportInput: true });
  if (!result.success) throw new DocumentError(issuesFromZod(result.error), "defaults");
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
