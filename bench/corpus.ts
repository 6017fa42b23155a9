// The documents the benchmark renders: the five seeds, a one-page document, and a stream of
// generated variants of every example for the big batch.
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Document } from "../src/model/document.js";
import { parseDocument } from "../src/model/parse.js";
import { packageRoot } from "../src/util/package-root.js";

const examplesDir = (): string => join(packageRoot(), "examples");

function load(path: string): Document {
  return parseDocument(JSON.parse(readFileSync(path, "utf8")));
}

/** The files of the five real documents (examples/000-… to 004-…), in order. */
export function seedFiles(): string[] {
  return readdirSync(examplesDir())
    .filter((f) => /^00[0-4]-.*\.json$/.test(f))
    .sort()
    .map((f) => join(examplesDir(), f));
}

/** The five real documents, parsed. */
export function seeds(): { name: string; doc: Document }[] {
  return seedFiles().map((path) => ({ name: basename(path, ".json"), doc: load(path) }));
}

/** Every example document (seeds and the others in examples/). */
export function examples(): Document[] {
  return readdirSync(examplesDir())
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => load(join(examplesDir(), f)));
}

/** A one-page document: the công văn seed cut to its first two body blocks. */
export function onePager(): Document {
  const base = seeds().find((s) => s.doc.kind === "cong-van")?.doc ?? seeds()[0]!.doc;
  return { ...base, body: base.body.slice(0, 2) };
}

/**
 * `count` distinct documents made from the examples: each gets its own number and date, and
 * its body paragraphs are rotated, so no two are the same and every page count appears.
 */
export function* variants(count: number): Generator<{ document: Document; name: string }> {
  const base = examples();
  for (let i = 0; i < count; i++) {
    const doc = base[i % base.length]!;
    const turn = Math.floor(i / base.length) % Math.max(1, doc.body.length);
    const body = [...doc.body.slice(turn), ...doc.body.slice(0, turn)];
    const day = 1 + (i % 28);
    const document: Document = { ...doc, number: 1 + (i % 9999), date: `2024-${String(1 + (i % 12)).padStart(2, "0")}-${String(day).padStart(2, "0")}`, body };
    yield { document, name: `doc-${String(i).padStart(5, "0")}` };
  }
}
