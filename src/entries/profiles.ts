// vanban/profiles: the bundled profiles as data, their schema and the preset helper. No Node built-ins.
export { BUNDLED_PROFILES } from "../layout/bundled-profiles.js";
export { loadProfile, parseProfile, withPreset } from "../layout/load.js";
export { ProfileSchema, type Profile, type Style } from "../layout/schema.js";
