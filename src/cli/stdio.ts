import { readFileSync } from "node:fs";

/** "-" as an input means standard input, and as an output standard output. */
export const STDIO = "-";

/** Standard input, whole, as UTF-8 text. */
export function readStdin(): string {
  return readFileSync(0, "utf8");
}

/** The bytes or text on standard output, for "-o -". */
export function writeStdout(data: Uint8Array | string): void {
  process.stdout.write(data);
}

/** Standard input, whole, as bytes (for readers that find the type and encoding themselves). */
export function readStdinBytes(): Uint8Array {
  return new Uint8Array(readFileSync(0));
}
