import { readInput, readInputSync, type ReadInputOptions } from "./read-input.js";

/** A file that is not readable text; its message is bilingual and names the file. */
export class NotTextError extends Error {
  constructor(path: string, reason: { vi: string; en: string }) {
    super(`${path}: ${reason.vi} / ${reason.en}`);
    this.name = "NotTextError";
  }
}

/**
 * Bytes of a text file as a string: UTF-8 (with or without a BOM) or UTF-16 with a BOM. Anything
 * else is refused rather than imported as garbage: a binary file, or text in a legacy encoding
 * (Windows-1258, TCVN3/VNI), which must be converted to Unicode first.
 */
export function decodeText(bytes: Uint8Array, path: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new NotTextError(path, { vi: "không phải tệp văn bản (có byte 0)", en: "not a text file (it holds NUL bytes)" });
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new NotTextError(path, {
      vi: "không phải văn bản UTF-8 (có thể là mã cũ TCVN3/VNI/Windows-1258: hãy chuyển sang Unicode)",
      en: "not UTF-8 text (perhaps a legacy TCVN3/VNI/Windows-1258 encoding: convert it to Unicode first)",
    });
  }
}

/** A text file as a string: opened and read by read-input.ts (regular files, size cap), decoded here. */
export function readTextFileSync(path: string, options: ReadInputOptions = {}): string {
  return decodeText(readInputSync(path, options), path);
}

export async function readTextFile(path: string, options: ReadInputOptions = {}): Promise<string> {
  return decodeText(await readInput(path, options), path);
}

/** A file's bytes, for the readers that decode them themselves (src/readers/registry.ts); read by read-input.ts. */
export async function readFileBytes(path: string, options: ReadInputOptions = {}): Promise<Uint8Array> {
  return readInput(path, options);
}
