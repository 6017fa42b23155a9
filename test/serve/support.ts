import { readFileSync } from "node:fs";

export const root = new URL("../../", import.meta.url).pathname;
export const exampleText = readFileSync(`${root}examples/nd30-huong-dan.json`, "utf8");
export const example = (): Record<string, unknown> => JSON.parse(exampleText) as Record<string, unknown>;

/** The example with its body repeated `times` times: a document of many pages. */
export function longDocument(times: number): Record<string, unknown> {
  const doc = example();
  const body = doc.body as unknown[];
  doc.body = Array.from({ length: times }, () => body).flat();
  return doc;
}

export const isPdf = (bytes: Uint8Array) =>
  Buffer.from(bytes.subarray(0, 5)).toString("latin1") === "%PDF-" && Buffer.from(bytes.subarray(-6)).toString("latin1").includes("%%EOF");
