// Failures of the command line as bilingual issues ({ path, vi, en }), and the exit codes they
// mean: the same for every command, printed by --help and as `exitCode` under --json.
import { DocumentError } from "../model/errors.js";
import { FileError, fileReason } from "../util/file-error.js";

/** 0 done; 1 an input failed (invalid, unreadable, errors found); 2 the command line is wrong. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** The command line itself is wrong (a flag's value, a missing flag): exit code 2, nothing read or written. */
export class UsageError extends Error {
  constructor(
    /** The flag or argument at fault, e.g. "--now". */
    readonly path: string,
    readonly vi: string,
    readonly en: string,
  ) {
    // The flag is named once: in the texts when they name it, else before them.
    super(`${vi.includes(path) ? "" : `${path}: `}${vi} / ${en}`);
    this.name = "UsageError";
  }
}

/** The exit code an error ends the command with. */
export const exitCodeOf = (error: unknown): number => (error instanceof UsageError ? EXIT.usage : EXIT.failed);

/**
 * The error as bilingual issues. Ours carry both languages; an error whose message is already
 * "vi / en" is split there; anything else (a library's English message) is given in both fields.
 */
export function issuesOf(error: unknown, file = "(input)"): { path: string; vi: string; en: string }[] {
  if (error instanceof DocumentError) return error.issues.map(({ path, vi, en }) => ({ path, vi, en }));
  if (error instanceof UsageError || error instanceof FileError) return [{ path: error.path, vi: error.vi, en: error.en }];
  if (error instanceof SyntaxError) return [{ path: file, vi: `JSON không hợp lệ: ${error.message}`, en: `invalid JSON: ${error.message}` }];
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = fileReason(code, "read");
  if (reason) return [{ path: (error as NodeJS.ErrnoException).path ?? file, ...reason }];
  const message = error instanceof Error ? error.message : String(error);
  const at = message.indexOf(" / ");
  if (at > 0) return [{ path: file, vi: message.slice(0, at), en: message.slice(at + 3) }];
  return [{ path: file, vi: message, en: message }];
}

/** A flag's value checked elsewhere (outputFormat …): what it throws becomes a usage error naming the flag. */
export function usage<T>(flag: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    const [issue] = issuesOf(error, flag);
    throw new UsageError(flag, issue!.vi, issue!.en);
  }
}
