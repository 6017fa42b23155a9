import { readFileSync } from "node:fs";
import { parseImportDefaults, type ImportDefaults } from "../readers/archive/index.js";
import { describeError } from "../util/describe-error.js";
import type { ProfileSources } from "../layout/load.js";

/** The file given to --defaults (import, check, batch), read and validated; errors name the file and each bad field. */
export function readDefaultsFile(file: string, sources?: ProfileSources): ImportDefaults {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`Không đọc được tệp mặc định / cannot read the defaults file ${file}: ${describeError(error, file)}`);
  }
  try {
    return parseImportDefaults(data, sources);
  } catch (error) {
    throw new Error(`${file}: ${describeError(error, file)}`);
  }
}
