import { statSync } from "node:fs";
import { DEFAULT_LIMITS } from "../limits.js";
import { FileError } from "../util/file-error.js";
import { readStreamInput } from "../util/read-input.js";
import { UsageError } from "./cli-error.js";

/** "-" as an input means standard input, and as an output standard output. */
export const STDIO = "-";

/** Names of standard input itself: read as "-" is (a pipe behind them is not refused as a FIFO). */
const STDIN_NAMES = new Set(["-", "/dev/stdin", "/dev/fd/0", "/proc/self/fd/0"]);

export const isStdin = (file: string): boolean => STDIN_NAMES.has(file);

/**
 * An input with no folder of its own to write next to: standard input, a FIFO, a device, anything
 * under /dev or /proc. Without -o / --out-dir its output goes to standard output (never
 * "/dev/stdin.json"): that is where a pipe's user looks for it, as with "-".
 */
export function isStreamInput(file: string): boolean {
  if (isStdin(file) || /^\/(dev|proc)\//u.test(file)) return true;
  try {
    return !statSync(file).isFile() && !statSync(file).isDirectory();
  } catch {
    return false; // a missing file: its read names it
  }
}

/** Standard input is read once: a second "-" would read nothing. */
export function stdinAtMostOnce(files: readonly string[]): void {
  if (files.filter(isStdin).length > 1) {
    throw new UsageError("-", "đầu vào chuẩn chỉ đọc được một lần", "standard input can be read only once");
  }
}

/** Standard input, whole, as bytes, at most maxInputBytes (src/limits.ts); a terminal is refused, not waited on. */
export async function readStdinBytes(maxBytes = DEFAULT_LIMITS.maxInputBytes): Promise<Uint8Array> {
  if (process.stdin.isTTY) {
    throw new FileError(STDIO, { vi: "đầu vào chuẩn là bàn phím: hãy dẫn tệp vào (cat a.json | vanban … -)", en: "standard input is a terminal: pipe a file in (cat a.json | vanban … -)" }, "ETTY");
  }
  return readStreamInput(process.stdin, STDIO, { maxBytes });
}

/** Standard input, whole, as UTF-8 text. */
export async function readStdin(): Promise<string> {
  return new TextDecoder().decode(await readStdinBytes());
}

/** The bytes or text on standard output, for "-o -". */
export function writeStdout(data: Uint8Array | string): void {
  process.stdout.write(data);
}
