import { DocumentError } from "../../src/model/errors.js";

/** The issues of the DocumentError `run` throws, as [path, vi, en], to see that both languages are there. */
export function issuesOf(run: () => unknown): [string, string, string][] {
  try {
    run();
  } catch (e) {
    if (e instanceof DocumentError) return e.issues.map((i) => [i.path, i.vi, i.en]);
    throw e;
  }
  throw new Error("no error");
}
