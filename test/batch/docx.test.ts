// `renderBatch({ format: "docx" })` and `vanban batch --format docx` (issue 12): one .docx per
// input holding its source, the manifest and report saying docx, and --resume telling the formats
// apart. The .docx files are read back from their embedded source; LibreOffice is not run here
// (test/docx/docx.test.ts converts every example once).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { registerBatch } from "../../src/cli/batch.js";
import { Manifest, MANIFEST_NAME } from "../../src/batch/manifest.js";
import { OutputNamer } from "../../src/batch/names.js";
import { renderBatch } from "../../src/batch/render-batch.js";
import type { BatchOptions, BatchResult } from "../../src/batch/types.js";
import { importFile } from "../../src/readers/registry.js";
import { readDocxSource } from "../../src/writers/docx/index.js";
import { runInProcess } from "../support/cli-in-process.js";
import { example, exampleNames, removeTempDirs, root, tempDir, workerFile } from "./support.js";

afterAll(removeTempDirs);

const examplePaths = (): string[] => exampleNames().map((n) => join(root, "examples", n));

/** Runs a batch to the end, results in input order; two workers unless said (one is enough to check a skip). */
async function run(inputs: string[], options: Omit<BatchOptions, "workerFile">): Promise<BatchResult[]> {
  const results: BatchResult[] = [];
  for await (const r of renderBatch(inputs, { jobs: 2, workerFile: workerFile(), ...options })) results.push(r);
  return results.sort((a, b) => a.index - b.index);
}

const manifestLines = (dir: string) =>
  readFileSync(join(dir, MANIFEST_NAME), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { key: string; output: string; format?: string; pages?: number });

const filesIn = (dir: string, ext: string) => readdirSync(dir).filter((f) => f.endsWith(ext)).sort();

describe("renderBatch with format docx", () => {
  test("every example becomes NAME.docx holding its Document; --resume skips them, a PDF run renders, and each format stays up to date", async () => {
    const outDir = tempDir();
    const inputs = examplePaths();
    const first = await run(inputs, { outDir, format: "docx", resume: true });
    expect(first.map((r) => [r.status, r.error])).toEqual(inputs.map(() => ["ok", undefined]));
    // One .docx per input, named after it, no PDF, no page count (Word lays a DOCX out).
    expect(first.map((r) => basename(r.output!))).toEqual(exampleNames().map((n) => n.replace(/\.json$/, ".docx")));
    expect(filesIn(outDir, ".docx")).toHaveLength(inputs.length);
    expect(filesIn(outDir, ".pdf")).toEqual([]);
    for (const r of first) expect(r.pages).toBeUndefined();
    // Each reads back to the example it was made from, by the embedded source and by the reader registry.
    for (const [i, r] of first.entries()) {
      const bytes = new Uint8Array(readFileSync(r.output!));
      const expected = example(exampleNames()[i]!);
      expect(await readDocxSource(bytes), r.input).toEqual(expected);
      const imported = await importFile(bytes, { name: r.output! });
      expect(imported.ok, r.input).toBe(true);
      expect(imported.document, r.input).toEqual(expected);
    }
    // The manifest says docx for every one of them.
    expect(manifestLines(outDir).map((e) => [basename(e.key), e.output, e.format]).sort()).toEqual(
      exampleNames().map((n) => [n, n.replace(/\.json$/, ".docx"), "docx"]),
    );

    // Unchanged: skipped, the same files.
    const again = await run(inputs, { outDir, format: "docx", resume: true, jobs: 1 });
    expect(again.map((r) => r.status)).toEqual(inputs.map(() => "skipped"));
    expect(again.map((r) => r.output)).toEqual(first.map((r) => r.output));

    // A PDF run over the same folder: a .docx is not the PDF, so every input is rendered.
    const pdf = await run(inputs, { outDir, resume: true });
    expect(pdf.map((r) => r.status)).toEqual(inputs.map(() => "ok"));
    expect(pdf.map((r) => basename(r.output!))).toEqual(exampleNames().map((n) => n.replace(/\.json$/, ".pdf")));
    for (const r of pdf) expect(r.pages).toBeGreaterThan(0);
    expect(filesIn(outDir, ".pdf")).toHaveLength(inputs.length);

    // Both formats are remembered: each is skipped in its own format now.
    expect((await run(inputs, { outDir, format: "docx", resume: true, jobs: 1 })).map((r) => r.status)).toEqual(inputs.map(() => "skipped"));
    expect((await run(inputs, { outDir, format: "pdf", resume: true, jobs: 1 })).map((r) => r.status)).toEqual(inputs.map(() => "skipped"));
    expect(manifestLines(outDir)).toHaveLength(2 * inputs.length);

    // A JavaScript caller's unknown format fails before anything is written.
    const empty = join(tempDir(), "out");
    // @ts-expect-error: not a format
    await expect(run(inputs, { outDir: empty, format: "odt" })).rejects.toThrow('unknown format "odt"; use pdf or docx');
    expect(existsSync(empty)).toBe(false);
  });
});

describe("the manifest and the names across formats", () => {
  test("a manifest written before DOCX holds PDFs: it is up to date for a PDF run only", () => {
    const dir = tempDir();
    writeFileSync(join(dir, MANIFEST_NAME), `${JSON.stringify({ key: "/in/x.json", hash: "h", output: "x.pdf", pages: 2 })}\n`);
    const manifest = Manifest.open(dir);
    try {
      expect(manifest.get("/in/x.json", "pdf")).toMatchObject({ output: "x.pdf", pages: 2 });
      expect(manifest.get("/in/x.json", "docx")).toBeUndefined();
      manifest.record({ key: "/in/x.json", hash: "h", output: "x.docx", format: "docx" });
      expect(manifest.get("/in/x.json", "docx")).toMatchObject({ output: "x.docx" });
      expect(manifest.get("/in/x.json", "pdf")).toMatchObject({ output: "x.pdf" });
    } finally {
      manifest.close();
    }
    // Reopened: both entries, one line each.
    const reopened = Manifest.open(dir);
    expect(reopened.size).toBe(2);
    reopened.close();
  });

  test("an input's DOCX is named as its PDF, and two inputs with one stem never share a name in either format", () => {
    const pdf = new OutputNamer("pdf");
    const a = pdf.claim("/in/a/x.json", "x");
    const b = pdf.claim("/in/b/x.json", "x");
    const docx = new OutputNamer("docx");
    docx.remember("/in/a/x.json", a);
    docx.remember("/in/b/x.json", b);
    // The other order, as a later run may claim them: each keeps its own name.
    expect(docx.claim("/in/b/x.json", "x")).toBe(b.replace(/\.pdf$/, ".docx"));
    expect(docx.claim("/in/a/x.json", "x")).toBe("x.docx");
    expect(docx.claim("/in/c/x.json", "x")).toMatch(/^x-[0-9a-f]{8}\.docx$/);
  });
});

const batchCli = (args: string[]) => runInProcess(registerBatch, ["batch", ...args]);

describe("vanban batch --format docx", () => {
  test("writes NAME.docx, and the report says docx", async () => {
    const outDir = tempDir();
    const input = join(root, "examples", "nd30-cong-van.json");
    const r = await batchCli([input, "--out-dir", outDir, "--format", "docx", "--jobs", "1"]);
    expect(r.thrown).toBeUndefined();
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/1 ok, 0 failed, 0 skipped; DOCX in/);
    expect(filesIn(outDir, ".docx")).toEqual(["nd30-cong-van.docx"]);
    expect(await readDocxSource(new Uint8Array(readFileSync(join(outDir, "nd30-cong-van.docx"))))).toEqual(example("nd30-cong-van.json"));
    const report = JSON.parse(readFileSync(join(outDir, "vanban-report.json"), "utf8")) as { summary: { format: string; ok: number } };
    expect(report.summary).toMatchObject({ format: "docx", ok: 1 });
  });

  test("an unknown --format, or a PDF-only flag, fails naming it and writes nothing", async () => {
    const outDir = join(tempDir(), "out");
    const input = join(root, "examples", "nd30-cong-van.json");
    const unknown = await batchCli([input, "--out-dir", outDir, "--format", "odt"]);
    expect(unknown.thrown?.message).toContain('unknown --format "odt"; use pdf or docx');
    // The batch takes no issuance flags at all: refused by name (never silently ignored).
    const pdfa = await batchCli([input, "--out-dir", outDir, "--format", "docx", "--pdfa"]);
    expect(pdfa.thrown?.message).toContain("--pdfa");
    expect(existsSync(outDir)).toBe(false);
  });
});
