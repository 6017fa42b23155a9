import { isWithin, pointerPart, type StandingEntry } from "./standing.js";

/** A profile file as written: the complete data of a root profile, or what changes in a child. */
export type ProfileData = Record<string, unknown>;

/** Keys that describe the file itself: never inherited, never given a standing. */
const OWN_KEYS = new Set(["id", "extends", "description", "familyDefault"]);
/** Keys whose values are not layout values: merged, but not given a standing of their own. */
const META_KEYS = new Set(["standing", "severity", "family", "variant", "regulation"]);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Objects merge key by key; arrays and scalars replace (a list is one value: prefixes, fixed offices). */
function deepMerge(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return over;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = key in base ? deepMerge(base[key], value) : value;
  return out;
}

/** The pointers of every value an object sets: "/elements/body/size", "/recipients/separator". */
function leafPointers(value: unknown, at: string, out: string[]): string[] {
  if (!isPlainObject(value) || Object.keys(value).length === 0) {
    out.push(at);
    return out;
  }
  for (const [key, v] of Object.entries(value)) leafPointers(v, `${at}/${pointerPart(key)}`, out);
  return out;
}

function standingOf(data: ProfileData): Record<string, StandingEntry> {
  return isPlainObject(data.standing) ? (data.standing as Record<string, StandingEntry>) : {};
}

/**
 * A child profile over its parent (the parent already merged with its own ancestors):
 * - every key the child writes replaces the parent's, objects merging key by key;
 * - the child's standing entry for a pointer replaces the parent's entries at and below it;
 * - a value the child sets without saying how sure it is gets "settled" by the child's file, so
 *   that a province's own size is never shown with the standing of the value it replaced.
 */
export function mergeProfileData(parent: ProfileData, child: ProfileData, childId: string): ProfileData {
  const inherited: ProfileData = {};
  for (const [key, value] of Object.entries(parent)) if (!OWN_KEYS.has(key)) inherited[key] = value;
  const merged = deepMerge(inherited, child) as ProfileData;

  const own = standingOf(child);
  const standing: Record<string, StandingEntry> = {};
  for (const [pointer, entry] of Object.entries(standingOf(parent))) {
    if (!Object.keys(own).some((p) => isWithin(pointer, p))) standing[pointer] = entry;
  }
  Object.assign(standing, own);
  for (const [key, value] of Object.entries(child)) {
    if (OWN_KEYS.has(key) || META_KEYS.has(key)) continue;
    for (const pointer of leafPointers(value, `/${pointerPart(key)}`, [])) {
      if (Object.keys(own).some((p) => isWithin(pointer, p))) continue;
      standing[pointer] = { standing: "settled", source: `profile ${childId}` };
    }
  }
  merged.standing = standing;
  return merged;
}
