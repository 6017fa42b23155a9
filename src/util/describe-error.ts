import { DocumentError } from "../model/errors.js";
import { FileError, fileReason } from "./file-error.js";

/** A failure as one line (or a few) a person can act on, Vietnamese / English. */
export function describeError(error: unknown, file?: string): string {
  if (error instanceof FileError) return error.path === file ? `${error.vi} / ${error.en}` : error.message;
  if (error instanceof DocumentError) return error.message;
  if (error instanceof SyntaxError) return `JSON không hợp lệ / invalid JSON: ${error.message}`;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const path = (error as NodeJS.ErrnoException | undefined)?.path ?? file;
  // A file-system error that reached here without a FileError: which path, what to do.
  const reason = fileReason(code, "read");
  if (reason) return path ? `${path}: ${reason.vi} / ${reason.en}` : `${reason.vi} / ${reason.en}`;
  return error instanceof Error ? error.message : String(error);
}

/** An importer warning as text, whatever shape the importer gives it. */
export function describeWarning(warning: unknown): string {
  if (typeof warning === "string") return warning;
  if (warning && typeof warning === "object") {
    const w = warning as { line?: number; path?: string; code?: string; vi?: string; en?: string; message?: string };
    const where = [w.line !== undefined ? `line ${w.line}` : undefined, w.path, w.code ? `[${w.code}]` : undefined].filter(Boolean).join(" ");
    const what = w.vi && w.en ? `${w.vi} / ${w.en}` : (w.message ?? w.en ?? w.vi ?? JSON.stringify(warning));
    return where ? `${where}: ${what}` : what;
  }
  return String(warning);
}
