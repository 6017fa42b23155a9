import { listProfiles, loadProfile } from "../layout/load.js";
import type { Profile } from "../layout/schema.js";

/** vanban's own profiles (layouts/), the ones the rules read other families' forms from in Node. */
export function bundledProfiles(): Profile[] {
  return listProfiles().map((p) => loadProfile(p.id));
}
