import { listProfiles, loadProfile } from "../layout/load.js";
import type { Profile } from "../layout/schema.js";

/** Facts read across the bundled profiles (layouts/), for forms a text borrows from another family. */
function bundled(): Profile[] {
  return listProfiles().map((p) => loadProfile(p.id));
}

/** The end marks profiles of other families print ("./."), which a Party text must not carry (P-END-1). */
export function foreignEndMarks(own: Profile): string[] {
  return [...new Set(bundled().filter((p) => p.family !== own.family).map((p) => p.endMark))].filter((m) => m.length > 0);
}

/** The type codes any bundled profile gives a công văn ("CV"), to recognise "CV-LĐLĐ" in a state or union text. */
export function congVanCodes(): string[] {
  return [...new Set(bundled().map((p) => p.typeCodes["cong-van"]).filter((c): c is string => typeof c === "string"))];
}
