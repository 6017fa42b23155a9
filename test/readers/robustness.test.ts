// The new readers never throw on what a file holds (issue #9): corrupt zip and PDF bytes, broken
// Word XML, random bytes in a legacy encoding all come back as a failure with a bilingual
// reason. Linear work: 100 KB of any of them is read well within a second (the time itself is
// the benchmark's; here ratios and an upper bound that only a pathological reader would reach).
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import fc from "fast-check";
import { zipSync, strToU8 } from "fflate";
import { describe, expect, test } from "vitest";
import { importFile, type FileImportResult } from "../../src/readers/registry.js";

const dir = new URL("../fixtures/office/", import.meta.url).pathname;
const DOCX = new Uint8Array(readFileSync(`${dir}union-huong-dan.docx`));
const PDF = new Uint8Array(readFileSync(`${dir}union-huong-dan.pdf`));

/** A failure is a value with a reason in both languages; a success is a document. */
function wellFormed(r: FileImportResult): void {
  if (r.ok) return;
  expect(r.errors.length).toBeGreaterThan(0);
  for (const e of r.errors) {
    expect(e.vi.length).toBeGreaterThan(0);
    expect(e.en.length).toBeGreaterThan(0);
  }
}

/** The bytes with some of them replaced, cut, or repeated. */
const mutated = (base: Uint8Array) =>
  fc
    .record({
      edits: fc.array(fc.tuple(fc.nat({ max: base.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 40 }),
      cut: fc.option(fc.nat({ max: base.length }), { nil: undefined }),
    })
    .map(({ edits, cut }) => {
      const out = base.slice(0, cut ?? base.length);
      for (const [at, value] of edits) if (at < out.length) out[at] = value;
      return out;
    });

describe("new readers: corrupt input never throws", () => {
  test("mutated .docx bytes", { timeout: 120_000 }, async () => {
    await fc.assert(fc.asyncProperty(mutated(DOCX), async (bytes) => wellFormed(await importFile(bytes, { type: "docx" }))), { numRuns: 60 });
  });

  test("mutated PDF bytes", { timeout: 120_000 }, async () => {
    await fc.assert(fc.asyncProperty(mutated(PDF), async (bytes) => wellFormed(await importFile(bytes, { type: "pdf" }))), { numRuns: 25 });
  });

  test("random bytes as any type, and by detection", { timeout: 120_000 }, async () => {
    const types = ["text", "docx", "pdf", "doc", "json", undefined] as const;
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom(...types), async (bytes, type) => wellFormed(await importFile(bytes, type ? { type } : {}))),
      { numRuns: 200 },
    );
  });

  test("a zip that is no Word file, and Word XML that is broken, are refused with their reason", async () => {
    const noDocument = await importFile(zipSync({ "a.txt": strToU8("x") }), { type: "docx" });
    expect(noDocument.errors[0]!.en).toMatch(/no word\/document\.xml/u);
    const broken = await importFile(zipSync({ "word/document.xml": strToU8("<w:document><w:body><w:p>") }), { type: "docx" });
    expect(broken.ok).toBe(false);
    expect(broken.errors[0]!.en).toMatch(/XML|body/u);
  });

  test("a Word part announced larger than the bound is refused before it is inflated", async () => {
    // 80 MB of zeros compress to a few KB: a zip bomb in miniature.
    const bomb = zipSync({ "word/document.xml": new Uint8Array(80 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(200_000);
    const r = await importFile(bomb, { type: "docx" });
    expect(r.errors[0]!.en).toMatch(/too large/u);
  });

  test("100 KB of random bytes in each reader: far under a second each, and linear (ratio to 25 KB)", { timeout: 60_000 }, async () => {
    const random = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 2654435761) >>> 24);
    for (const type of ["text", "docx", "pdf"] as const) {
      const time = async (n: number) => {
        const t0 = performance.now();
        await importFile(random(n), { type });
        return performance.now() - t0;
      };
      await time(25_000);
      const small = await time(25_000);
      const large = await time(100_000);
      expect(large, type).toBeLessThan(5_000);
      expect(large, type).toBeLessThan(Math.max(50, small) * 16);
    }
  });
});
