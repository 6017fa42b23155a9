import { DocumentError } from "../model/errors.js";

/** A failure as one line (or a few) a person can act on, Vietnamese / English. */
export function describeError(error: unknown, file?: string): string {
  if (error instanceof DocumentError) return error.message;
  if (error instanceof SyntaxError) return `JSON không hợp lệ / invalid JSON: ${error.message}`;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const path = (error as NodeJS.ErrnoException | undefined)?.path ?? file;
  switch (code) {
    case "ENOENT":
      return `Không tìm thấy tệp / file not found (or a broken link): ${path ?? ""}`.trim();
    case "EISDIR":
      return `Là một thư mục, không phải tệp / is a folder, not a file: ${path ?? ""}`.trim();
    case "EACCES":
    case "EPERM":
      return `Không có quyền đọc / permission denied: ${path ?? ""}`.trim();
  }
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
