// How a command ends when it cannot do its work: one JSON object on stdout under --json
// (nothing else there), else a bilingual line on stderr; the exit code says which kind.
import { describeError } from "../util/describe-error.js";
import { exitCodeOf, issuesOf } from "./cli-error.js";
import { FailureJson, printJson } from "./json-output.js";

/** Where a command writes (a test passes its own). */
export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const processOutput: Output = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Reports the failure; returns its exit code. */
export function reportFailure(command: string, json: boolean | undefined, error: unknown, out: Output = processOutput): number {
  const exitCode = exitCodeOf(error);
  if (json) printJson(FailureJson, { command, ok: false, exitCode, errors: issuesOf(error) }, { write: out.stdout });
  else out.stderr(`vanban ${command}: ${describeError(error)}\n`);
  return exitCode;
}

/** Runs a command's work; what it throws is reported as above and sets the exit code. */
export async function failuresReported(command: string, json: boolean | undefined, work: () => Promise<void> | void): Promise<void> {
  try {
    await work();
  } catch (error) {
    process.exitCode = reportFailure(command, json, error);
  }
}
