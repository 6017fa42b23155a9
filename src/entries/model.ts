// vanban/model: the document model and its validation. Pure data and functions, no Node built-ins.
export * from "../model/document.js";
export { KIND_NAMES, KIND_IDS, KindSchema, kindName, kindFromName, isCongVan, type KindId } from "../model/kinds.js";
export { DocumentError, type DocumentIssue } from "../model/errors.js";
export { parseDocument, validateDocument, documentJsonSchema } from "../model/parse.js";
export { runsOf, plainText } from "../model/inline.js";
