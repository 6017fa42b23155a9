// The one JSON reader of every command (documents, --data, --defaults, --layout, schemas): the
// file is read as text (UTF-8 with or without a BOM, UTF-16 with a BOM), then parsed; a syntax
// error names the file, in Vietnamese and English.
import { FileError } from "./file-error.js";
import type { ReadInputOptions } from "./read-input.js";
import { readTextFile, readTextFileSync } from "./text-file.js";

/** JSON text as data; a BOM left in the text is not part of it. */
export function parseJsonText(text: string, path: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new FileError(path, { vi: "JSON không hợp lệ (sửa cú pháp)", en: `invalid JSON: ${detail}` }, "EJSON");
  }
}

export function readJsonFileSync(path: string, options: ReadInputOptions = {}): unknown {
  return parseJsonText(readTextFileSync(path, options), path);
}

export async function readJsonFile(path: string, options: ReadInputOptions = {}): Promise<unknown> {
  return parseJsonText(await readTextFile(path, options), path);
}
