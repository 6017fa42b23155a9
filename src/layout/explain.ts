import { profileChain, loadProfile, type ProfileSources } from "./load.js";
import type { Profile } from "./schema.js";
import { pointerPart, standingAt, type Standing } from "./standing.js";

/** One value of a merged profile, with why it is what it is. */
export interface ExplainedValue {
  /** JSON pointer of the value: "/elements/body/size". */
  pointer: string;
  value: unknown;
  standing: Standing | "unknown";
  source: string;
  note?: string;
  /** The pointer of the standing entry that covers the value (its own or an ancestor's). */
  standingAt: string;
  /** The profile file that set the value (itself or an ancestor). */
  setBy: string;
}

/** Keys that describe the profile rather than hold layout values. */
const NOT_VALUES = new Set(["id", "extends", "description", "familyDefault", "standing", "family", "variant"]);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function leaves(value: unknown, at: string, out: { pointer: string; value: unknown }[]): void {
  if (!isPlainObject(value) || Object.keys(value).length === 0) {
    out.push({ pointer: at, value });
    return;
  }
  for (const [key, v] of Object.entries(value)) leaves(v, `${at}/${pointerPart(key)}`, out);
}

/** Whether a profile file's data writes the value at `pointer` (or a whole object holding it). */
function writes(data: unknown, pointer: string): boolean {
  let node: unknown = data;
  for (const part of pointer.split("/").slice(1)) {
    if (!isPlainObject(node)) return true;
    const key = part.replace(/~1/g, "/").replace(/~0/g, "~");
    if (!(key in node)) return false;
    node = node[key];
  }
  return true;
}

/**
 * The merged profile and every value in it with its standing, source and the file that set it:
 * what `vanban profile show ID` prints, so that a clerk can see why a size is what it is.
 */
export function explainProfile(id: string, options?: ProfileSources): { profile: Profile; values: ExplainedValue[] } {
  const profile = loadProfile(id, options);
  const chain = profileChain(id, options);
  const found: { pointer: string; value: unknown }[] = [];
  for (const [key, value] of Object.entries(profile)) if (!NOT_VALUES.has(key)) leaves(value, `/${pointerPart(key)}`, found);
  const values = found.map(({ pointer, value }) => {
    const entry = standingAt(profile.standing, pointer);
    const setBy = chain.find((f) => writes(f.data, pointer))?.id ?? profile.id;
    return {
      pointer,
      value,
      standing: entry?.standing ?? ("unknown" as const),
      source: entry?.source ?? "",
      ...(entry?.note ? { note: entry.note } : {}),
      standingAt: entry?.at ?? "",
      setBy,
    };
  });
  return { profile, values };
}
