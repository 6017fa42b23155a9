import type { Document } from "../../model/document.js";
import { DocumentError } from "../../model/errors.js";
import { parseDocument, type ParseOptions } from "../../model/parse.js";

/** Reads a document from JSON text: a syntax error and an invalid document both become a DocumentError. */
export function readDocumentJson(text: string, options: ParseOptions = {}): Document {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new DocumentError([{ path: "(json)", vi: `JSON không hợp lệ: ${detail}`, en: `invalid JSON: ${detail}` }]);
  }
  return parseDocument(data, options);
}
