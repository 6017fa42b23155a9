import type { Profile } from "../layout/schema.js";

/**
 * Values the checker needs beyond the layout: the profile's `check` section (layouts/*.json),
 * so that no rule spells out a profile's words or punctuation.
 */
export type CheckTerms = Profile["check"];
