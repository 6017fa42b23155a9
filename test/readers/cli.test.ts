// vanban import, check and batch read .docx and .pdf through the registry (issue #9); a scanned
// PDF gets its "needs OCR" reason and the others go on.
import { copyFileSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { renderBatch } from "../../src/batch/render-batch.js";
import type { BatchResult } from "../../src/batch/types.js";
import { collectInputs } from "../../src/batch/inputs.js";
import { importFiles, type ImportReport } from "../../src/cli/import.js";
import { removeTempDirs, tempDir, workerFile } from "../batch/support.js";

afterAll(removeTempDirs);
const fixtures = new URL("../fixtures/office/", import.meta.url).pathname;

function capture() {
  const out = { stdout: "", stderr: "" };
  return { out, io: { stdout: (s: string) => void (out.stdout += s), stderr: (s: string) => void (out.stderr += s) } };
}

describe("CLI and batch with Word and PDF files", () => {
  test("vanban import: .docx, .pdf and a TCVN3 .docx become document JSON; the scan and the .doc are reported, the others go on", { timeout: 60_000 }, async () => {
    const dir = tempDir("vanban-import-office-");
    const names = ["union-huong-dan.docx", "union-huong-dan.pdf", "union-huong-dan-tcvn3.docx", "scanned.pdf", "union-huong-dan.doc"];
    const files = names.map((n) => {
      copyFileSync(join(fixtures, n), join(dir, n));
      return join(dir, n);
    });
    const { out, io } = capture();
    const code = await importFiles(files, { outDir: join(dir, "out"), json: true }, io);
    expect(code).toBe(1);
    const reports = (JSON.parse(out.stdout) as { files: ImportReport[] }).files;
    expect(reports.map((r) => r.ok)).toEqual([true, true, true, false, false]);
    // Two inputs named union-huong-dan get two outputs.
    expect(JSON.parse(readFileSync(join(dir, "out", "union-huong-dan.json"), "utf8"))).toMatchObject({ number: 60, place: "Lai Châu" });
    expect(reports[3]).toMatchObject({ output: null, errors: [{ path: "(file)", en: expect.stringMatching(/needs OCR/u) }] });
    expect(reports[4]!.errors[0]!.en).toMatch(/save it as \.docx/u);
  });

  test("vanban batch: a folder of .docx, .pdf and a scan renders the readable ones; the scan fails with its reason", { timeout: 120_000 }, async () => {
    const dir = tempDir("vanban-batch-office-");
    for (const n of ["union-huong-dan.docx", "party-cong-van.docx", "scanned.pdf"]) copyFileSync(join(fixtures, n), join(dir, n));
    const outDir = join(dir, "pdf");
    const inputs = await collectInputs([dir], { exclude: [outDir] });
    expect(inputs.map((p) => p.slice(dir.length + 1)).sort()).toEqual(["party-cong-van.docx", "scanned.pdf", "union-huong-dan.docx"]);
    const results: BatchResult[] = [];
    for await (const r of renderBatch(inputs, { outDir, jobs: 1, workerFile: workerFile() })) results.push(r);
    const byName = new Map(results.map((r) => [r.input.slice(dir.length + 1), r]));
    expect(byName.get("union-huong-dan.docx")).toMatchObject({ status: "ok" });
    expect(byName.get("party-cong-van.docx")).toMatchObject({ status: "ok" });
    expect(byName.get("scanned.pdf")).toMatchObject({ status: "failed", error: expect.stringMatching(/needs OCR/u) });
    expect(existsSync(join(outDir, "union-huong-dan.pdf"))).toBe(true);
  });
});

describe("vanban check with Word, PDF and legacy text", () => {
  test("a .docx and a VNI text are judged on their text; a scan gets its needs-OCR reason", async () => {
    const { spawnSync } = await import("node:child_process");
    const bin = new URL("../../bin/vanban.js", import.meta.url).pathname;
    const files = ["union-huong-dan.docx", "scanned.pdf", "union-huong-dan-vni.txt"].map((n) => join(fixtures, n));
    const run = spawnSync(process.execPath, [bin, "check", "--json", ...files], { encoding: "utf8" });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { files: { file: string; findings: { rule: string; message: { en: string } }[] }[] };
    const [docx, scan, vni] = report.files;
    expect(docx!.findings.filter((f) => f.rule === "INPUT")).toEqual([]);
    expect(vni!.findings.filter((f) => f.rule === "INPUT")).toEqual([]);
    expect(scan!.findings).toEqual([expect.objectContaining({ rule: "INPUT", message: expect.objectContaining({ en: expect.stringMatching(/needs OCR/u) }) })]);
  });
});
