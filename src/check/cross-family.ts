import type { Profile } from "../layout/schema.js";
import type { AcrossProfiles } from "./context.js";

/**
 * What the rules read across the profiles known (vanban's layouts/ in Node, the data a page
 * gives): the end marks of families other than `own`'s, and every công văn type code.
 */
export function acrossProfiles(own: Profile, known: readonly Profile[]): AcrossProfiles {
  return {
    foreignEndMarks: [...new Set(known.filter((p) => p.family !== own.family).map((p) => p.endMark))].filter((m) => m.length > 0),
    congVanCodes: [...new Set(known.map((p) => p.typeCodes["cong-van"]).filter((c): c is string => typeof c === "string"))],
  };
}
