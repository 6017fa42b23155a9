// The archive reader: plain text or markdown of an old document → Document + warnings.
export { importText } from "./import-text.js";
export { parseImportDefaults, effectiveDefaults } from "./defaults.js";
export {
  ImportDefaultsSchema,
  ImportOptionsSchema,
  ImportWarningSchema,
  FieldOriginSchema,
  type ImportDefaults,
  type ImportOptions,
  type ImportWarning,
  type ImportResult,
  type FieldOrigin,
  type FieldOrigins,
  type FieldName,
  type PartialDocument,
} from "./types.js";
export type { WarningCode } from "./warnings.js";
