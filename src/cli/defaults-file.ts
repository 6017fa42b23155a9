import { readJsonFileSync } from "../util/json-file.js";
import { parseImportDefaults, type ImportDefaults } from "../readers/archive/index.js";
import { describeError } from "../util/describe-error.js";
import type { ProfileSources } from "../layout/load.js";

/** The file given to --defaults (import, check, batch), read and validated; errors name the file and each bad field. */
export function readDefaultsFile(file: string, sources?: ProfileSources): ImportDefaults {
  let data: unknown;
  try {
    data = readJsonFileSync(file);
  } catch (error) {
    throw new Error(`Không đọc được tệp mặc định / cannot read the defaults file ${file}: ${describeError(error, file)}`);
  }
  try {
    return parseImportDefaults(data, sources);
  } catch (error) {
    throw new Error(`${file}: ${describeError(error, file)}`);
  }
}
