import type { ProfileId } from "../model/document.js";
import { loadProfile } from "../layout/load.js";

/** Facts read across the bundled profiles, for forms a text borrows from another profile. */
const IDS: readonly ProfileId[] = ["nd30", "union", "party"];

/** The end marks other bundled profiles print ("./."), which a Party text must not carry (P-END-1). */
export function foreignEndMarks(own: ProfileId): string[] {
  return [...new Set(IDS.filter((id) => id !== own).map((id) => loadProfile(id).endMark))].filter((m) => m.length > 0);
}

/** The type codes any bundled profile gives a công văn ("CV"), to recognise "CV-LĐLĐ" in a state or union text. */
export function congVanCodes(): string[] {
  return [...new Set(IDS.map((id) => loadProfile(id).typeCodes["cong-van"]).filter((c): c is string => typeof c === "string"))];
}
