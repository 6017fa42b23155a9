import { readInput } from "../util/read-input.js";
import { FileError } from "../util/file-error.js";
import { validateDocument } from "../model/parse.js";
import type { ImportDefaults, ImportOptions, ImportResult } from "./archive/types.js";
import { decodeBytes, UndecodableError, type TextEncoding } from "./decode/decode-bytes.js";
import { DocxError, readDocx } from "./docx/read-docx.js";
import { ZipError } from "./docx/zip.js";
import { XmlError } from "./docx/xml.js";
import { importExtracted } from "./extracted.js";
import { readPdfWithOcr, vetOcrFields, type OcrExtracted, type OcrOptions } from "./ocr/read-pdf-ocr.js";
import { PdfReadError } from "./pdf/read-pdf.js";
import { embeddedDocument } from "./embedded.js";
import { DocumentError } from "../model/errors.js";

export { INPUT_TYPES, EXTENSION_TYPES, typeFromContent, detectType, type InputType } from "./input-type.js";
import { detectType, type InputType } from "./input-type.js";

export interface FileImportOptions extends Omit<ImportOptions, "defaults"> {
  /** Forces the type instead of detecting it. */
  type?: InputType;
  defaults?: ImportDefaults;
  /** The file's name, for the type from its extension (a path given as input names itself). */
  name?: string;
  /** How scanned PDF pages are OCR'd (when tesseract is installed); `{ enabled: false }` turns it off. */
  ocr?: OcrOptions;
}

/** importText's result, plus what the file was and how its text was decoded. */
export type FileImportResult = ImportResult & { type: InputType; encoding?: TextEncoding; ocr?: { pages: number[]; ms: number; secondMs?: number } };

/** Why a file cannot be read at all, in Vietnamese and English. */
export class UnreadableFileError extends Error {
  constructor(readonly reason: { vi: string; en: string }) {
    super(`${reason.vi} / ${reason.en}`);
    this.name = "UnreadableFileError";
  }
}

const DOC_REFUSED = {
  vi: "tệp Word 97–2003 (.doc) chưa đọc được: hãy mở bằng Word hoặc LibreOffice và lưu thành .docx",
  en: "Word 97–2003 (.doc) files are not read: open it in Word or LibreOffice and save it as .docx",
};

/**
 * The text the archive reader reads from a file of the given type, with its tables and notes.
 * Throws an UnreadableFileError with the reason when nothing can be read (corrupt zip or PDF, a
 * scanned PDF, a .doc, bytes in no known encoding). Only for document types, not "json".
 */
export async function extractFile(bytes: Uint8Array, type: Exclude<InputType, "json">, ocr?: OcrOptions): Promise<OcrExtracted & { encoding?: TextEncoding }> {
  try {
    switch (type) {
      case "text": {
        const decoded = decodeBytes(bytes);
        const notes = decoded.converted ? [{ code: "converted-encoding", ...decoded.converted }] : [];
        return { text: decoded.text, tables: [], notes, encoding: decoded.encoding };
      }
      case "docx":
        return readDocx(bytes);
      case "pdf":
        return await readPdfWithOcr(bytes, ocr);
      case "doc":
        throw new UnreadableFileError(DOC_REFUSED);
    }
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    if (error instanceof UndecodableError || error instanceof ZipError || error instanceof DocxError || error instanceof PdfReadError) {
      throw new UnreadableFileError(error.reason);
    }
    if (error instanceof XmlError) throw new UnreadableFileError({ vi: `XML hỏng trong tệp Word: ${error.message}`, en: `broken XML in the Word file: ${error.message}` });
    throw error;
  }
}

function failed(type: InputType, reason: { vi: string; en: string }, path = "(file)"): FileImportResult {
  return { ok: false, type, document: {}, errors: [{ path, ...reason }], warnings: [], fields: {}, source: {} };
}

function importJson(bytes: Uint8Array): FileImportResult {
  let data: unknown;
  try {
    const text = decodeBytes(bytes).text;
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failed("json", { vi: `JSON không hợp lệ: ${detail}`, en: `invalid JSON: ${detail}` }, "(json)");
  }
  const validation = validateDocument(data);
  const fields = Object.fromEntries(Object.keys(typeof data === "object" && data !== null ? data : {}).map((k) => [k, "text" as const]));
  return validation.ok
    ? { ok: true, type: "json", document: validation.document, errors: [], warnings: [], fields, source: {} }
    : { ok: false, type: "json", document: (typeof data === "object" && data !== null ? data : {}) as FileImportResult["document"], errors: validation.issues, warnings: [], fields, source: {} };
}

/**
 * Reads any input vanban knows into the document model: a document JSON, an archived text
 * (UTF-8, UTF-16, TCVN3, VNI), a Word .docx, a PDF with a text layer. `input` is the bytes, or a
 * path to read. Never throws for what the file holds: a file that cannot be read comes back
 * `ok: false` with the reason in `errors`; a DocumentError only for invalid `defaults`.
 */
export async function importFile(input: Uint8Array | string, options: FileImportOptions = {}): Promise<FileImportResult> {
  let bytes: Uint8Array;
  let name = options.name;
  if (typeof input === "string") {
    name ??= input;
    try {
      bytes = await readInput(input); // regular files only, at most maxInputBytes (issue 14)
    } catch (error) {
      if (error instanceof FileError) return failed(options.type ?? "text", { vi: `không đọc được tệp: ${error.vi}`, en: `cannot read the file: ${error.en}` });
      const detail = error instanceof Error ? error.message : String(error);
      return failed(options.type ?? "text", { vi: `không đọc được tệp: ${detail}`, en: `cannot read the file: ${detail}` });
    }
  } else if (input instanceof Uint8Array) bytes = input;
  else throw new TypeError("importFile: cần bytes hoặc đường dẫn / expects bytes or a path");

  const type = options.type ?? detectType(bytes, name);
  if (type === "json") return importJson(bytes);
  const notes: FileImportResult["warnings"] = [];
  if (type === "pdf" || type === "docx") {
    // A file vanban made with its source inside gives back that exact document.
    try {
      const document = await embeddedDocument(bytes, type);
      if (document) {
        const fields = Object.fromEntries(Object.keys(document).map((k) => [k, "text" as const]));
        const warning = { line: 1, text: "", code: "embedded-source", vi: "văn bản lấy nguyên từ nguồn JSON gắn trong tệp", en: "the document is the JSON source embedded in the file" };
        return { ok: true, type, document, errors: [], warnings: [warning], fields, source: {} };
      }
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error;
      const issue = error.issues[0]!;
      notes.push({ line: 1, text: "", code: "embedded-source-damaged", vi: `nguồn gắn trong tệp hỏng (${issue.vi}); đọc từ chữ trên trang`, en: `the embedded source is damaged (${issue.en}); read from the page's text` });
    }
  }
  let extracted: Awaited<ReturnType<typeof extractFile>>;
  try {
    extracted = await extractFile(bytes, type, options.ocr);
  } catch (error) {
    if (error instanceof UnreadableFileError) return failed(type, error.reason);
    throw error;
  }
  const { type: _type, name: _name, ocr: _ocr, ...importOptions } = options;
  let read = importExtracted(extracted, importOptions);
  // Fields read by OCR are kept only when OCR was sure of them and a second reading agrees (issue 15).
  if (extracted.ocr) read = await vetOcrFields(read, extracted.ocr);
  const result = notes.length ? { ...read, warnings: [...notes, ...read.warnings] } : read;
  const encoding = { ...(extracted.encoding ? { encoding: extracted.encoding } : {}), ...(extracted.ocr ? { ocr: { pages: extracted.ocr.pages, ms: extracted.ocr.ms, ...(extracted.ocr.secondMs !== undefined ? { secondMs: extracted.ocr.secondMs } : {}) } } : {}) };
  if (!extracted.errors?.length) return { ...result, type, ...encoding };
  // Part of the file could not be read (a scanned page): never a valid import, however complete it looks.
  return { ...result, ok: false, errors: [...extracted.errors, ...result.errors], type, ...encoding } as FileImportResult;
}

