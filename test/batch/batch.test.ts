import type { Document } from "../../src/model/document.js";
import { readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { collectInputs } from "../../src/batch/inputs.js";
import { MANIFEST_NAME } from "../../src/batch/manifest.js";
import { renderBatch } from "../../src/batch/render-batch.js";
import type { BatchProgress, BatchResult } from "../../src/batch/types.js";
import { inspectPdf } from "../support/pdf-inspect.js";
import { goodDocuments, messyFolder, removeTempDirs, pdfsIn, runCli, startCli, tempDir, tempsIn, until, workerFile, type MessyFolder } from "./support.js";

afterAll(removeTempDirs);

interface ReportFile {
  results: { input: string; status: string; reason?: string; output?: string; pages?: number; warnings: string[] }[];
  summary: { total: number; ok: number; failed: number; skipped: number; interrupted: boolean };
}

const readReport = (path: string): ReportFile => JSON.parse(readFileSync(path, "utf8")) as ReportFile;
const manifestLines = (outDir: string): { key: string; output: string }[] =>
  readFileSync(join(outDir, MANIFEST_NAME), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { key: string; output: string });

/** A finished PDF: header, trailer, and pdfjs reads every page. */
async function expectValidPdf(path: string): Promise<number> {
  const bytes = new Uint8Array(readFileSync(path));
  expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
  expect(Buffer.from(bytes.subarray(-6)).toString()).toBe("%%EOF\n");
  const { pages } = await inspectPdf(bytes);
  expect(pages.length).toBeGreaterThan(0);
  return pages.length;
}

/** Checks shared by the API and CLI runs over the same messy folder. */
function expectMessyOutcome(folder: MessyFolder, outDir: string, byInput: Map<string, { status: string; reason?: string; output?: string }>): void {
  const rel = (p: string) => resolve(p).slice(resolve(folder.dir).length + 1);
  const entries = new Map([...byInput].map(([k, v]) => [rel(k), v]));
  expect(entries.size).toBe(folder.good.length + Object.keys(folder.bad).length + 1);
  for (const good of folder.good) expect(entries.get(good)?.status, `${good}: ${entries.get(good)?.reason}`).toBe("ok");
  for (const [bad, reason] of Object.entries(folder.bad)) {
    expect(entries.get(bad)?.status, bad).toBe("failed");
    expect(entries.get(bad)?.reason, bad).toMatch(reason);
  }
  // The .txt archive goes through the importer, with the defaults file's issuer and place.
  expect(entries.get(folder.archive)?.status, entries.get(folder.archive)?.reason).toBe("ok");
  // One PDF per rendered input, all distinct (the two same-name.json get different names), no temporaries.
  const outputs = [...entries.values()].filter((e) => e.status === "ok").map((e) => e.output!);
  expect(new Set(outputs).size).toBe(outputs.length);
  expect(pdfsIn(outDir).map((f) => join(outDir, f)).sort()).toEqual([...outputs].sort());
  expect(tempsIn(outDir)).toEqual([]);
  expect(pdfsIn(outDir)).toContain("same-name.pdf");
  expect(pdfsIn(outDir).filter((f) => /^same-name-[0-9a-f]{8}\.pdf$/.test(f))).toHaveLength(1);
}

describe("renderBatch (API) on a folder with good, corrupt, invalid and unreadable inputs", () => {
  test("every good input is rendered, every bad one reported with its reason, and nothing half-written remains", async () => {
    const folder = messyFolder(99);
    const outDir = tempDir();
    const inputs = await collectInputs([folder.dir]);
    const defaults = JSON.parse(readFileSync(folder.defaultsFile, "utf8")) as Record<string, unknown>;
    const events: BatchProgress[] = [];
    const byInput = new Map<string, BatchResult>();
    for await (const r of renderBatch(inputs, { outDir, jobs: 2, defaults, workerFile: workerFile(), onProgress: (p) => events.push(p) })) {
      expect(byInput.has(r.input)).toBe(false);
      byInput.set(r.input, r);
    }
    expectMessyOutcome(folder, outDir, new Map([...byInput].map(([k, r]) => [k, { status: r.status, reason: r.error, output: r.output }])));
    // Progress: one event per input, counting up to the total.
    expect(events.map((e) => e.done)).toEqual(inputs.map((_, i) => i + 1));
    expect(events.at(-1)).toMatchObject({ total: inputs.length, failed: Object.keys(folder.bad).length });
    // The manifest holds exactly the rendered inputs.
    expect(manifestLines(outDir).length).toBe([...byInput.values()].filter((r) => r.status === "ok").length);
    // A sample of the outputs is read back whole, with the page count the result gave.
    for (const r of [...byInput.values()].filter((r) => r.status === "ok").slice(0, 5)) expect(await expectValidPdf(r.output!)).toBe(r.pages);
  });

  test("output names never leave the output folder; the same inputs get the same names on the next run", async () => {
    const outDir = tempDir();
    const [doc] = goodDocuments(1);
    const names = ["../../escape", "/etc/passwd", "..", "a/../../b", "CON", ".hidden", "Kế hoạch: số 1?"];
    const first: string[] = [];
    for await (const r of renderBatch(names.map((name) => ({ document: doc, name })), { outDir, jobs: 1, workerFile: workerFile() })) {
      expect(r.status, r.error).toBe("ok");
      first[r.index] = r.output!;
    }
    for (const out of first) expect(resolve(out).startsWith(resolve(outDir) + "/")).toBe(true);
    expect(readdirSync(outDir).filter((f) => f.endsWith(".pdf"))).toHaveLength(names.length);
    expect(first[6]).toBe(join(outDir, "Kế_hoạch_số_1.pdf"));
    const again: string[] = [];
    for await (const r of renderBatch([...names].reverse().map((name) => ({ document: doc, name })), { outDir, jobs: 1, workerFile: workerFile() })) {
      again[names.length - 1 - r.index] = r.output!;
    }
    expect(again).toEqual(first);
  });
});

describe("renderBatch: an input that breaks even the preparation", () => {
  test("fails alone (here a document that cannot be serialised) and the next one is rendered", async () => {
    const outDir = tempDir();
    const [doc] = goodDocuments(1);
    const broken = { ...doc, number: 5n } as unknown as Document; // a BigInt cannot be hashed as JSON
    const results = [];
    for await (const r of renderBatch([{ document: broken, name: "broken" }, { document: doc, name: "good" }], { outDir, jobs: 1, workerFile: workerFile() })) {
      results[r.index] = r;
    }
    expect(results[0]!.status).toBe("failed");
    expect(results[0]!.error).toMatch(/BigInt/);
    expect(results[1]!.status, results[1]!.error).toBe("ok");
  });
});

describe("vanban batch (CLI)", () => {
  test("the same folder: exit code 1, a report with every input and its reason, no temporary files", async () => {
    const folder = messyFolder(99);
    const outDir = tempDir();
    const reportPath = join(tempDir(), "report.json");
    const run = await runCli(["batch", folder.dir, "--out-dir", outDir, "--jobs", "2", "--defaults", folder.defaultsFile, "--report", reportPath]);
    expect(run.code, run.stderr).toBe(1);
    const report = readReport(reportPath);
    const byInput = new Map(report.results.map((r) => [r.input, r]));
    expect(byInput.size).toBe(report.results.length);
    expectMessyOutcome(folder, outDir, byInput);
    expect(report.summary).toMatchObject({ total: report.results.length, failed: Object.keys(folder.bad).length, interrupted: false });
    expect(run.stdout).toMatch(/\d+ ok, \d+ failed, 0 skipped/);
    expect(run.stderr).toMatch(/vanban batch: \d+\/\d+ /); // the plain progress line (no terminal)
    expect(tempsIn(join(reportPath, ".."))).toEqual([]);

    // --resume: nothing changed, so every rendered input is skipped and the failures stay failures.
    const resumed = await runCli(["batch", folder.dir, "--out-dir", outDir, "--resume", "--defaults", folder.defaultsFile, "--report", reportPath]);
    expect(resumed.code).toBe(1);
    const second = readReport(reportPath);
    expect(second.summary.ok).toBe(0);
    expect(second.summary.skipped).toBe(report.summary.ok);
  });

  test("a batch killed with SIGKILL mid-run, then --resume: every good document rendered exactly once, every PDF whole", async () => {
    const folder = messyFolder(70);
    const outDir = tempDir();
    const args = ["batch", folder.dir, "--out-dir", outDir, "--jobs", "2", "--defaults", folder.defaultsFile];
    const { child, done } = startCli(args);
    await until(() => existsSync(outDir) && pdfsIn(outDir).length >= 6);
    child.kill("SIGKILL");
    const killed = await done;
    expect(killed.signal).toBe("SIGKILL");
    const before = pdfsIn(outDir);
    expect(before.length).toBeLessThan(folder.good.length); // really interrupted
    for (const pdf of before) await expectValidPdf(join(outDir, pdf)); // renamed into place only when whole
    const recorded = new Set(manifestLines(outDir).map((e) => e.key)); // a torn last line is tolerated by the next run

    const resumed = await runCli([...args, "--resume"]);
    expect(resumed.code, resumed.stderr).toBe(1); // the bad inputs still fail
    const report = readReport(join(outDir, "vanban-report.json"));
    const good = new Set(folder.good.map((g) => join(folder.dir, g)));
    const goodResults = report.results.filter((r) => good.has(resolve(r.input)));
    expect(goodResults).toHaveLength(good.size);
    for (const r of goodResults) {
      expect(["ok", "skipped"], r.input).toContain(r.status);
      // What the killed run had recorded is not rendered again.
      if (recorded.has(resolve(r.input))) expect(r.status, r.input).toBe("skipped");
    }
    expect(goodResults.filter((r) => r.status === "skipped").length).toBeGreaterThanOrEqual(recorded.size);
    // Exactly one PDF per good document (plus the archive once imported), each valid; no temporaries.
    const outputs = pdfsIn(outDir);
    expect(outputs).toHaveLength(good.size + 1); // and the archive
    expect(new Set(goodResults.map((r) => r.output)).size).toBe(good.size);
    for (const pdf of outputs) await expectValidPdf(join(outDir, pdf));
    expect(tempsIn(outDir)).toEqual([]);
    expect(manifestLines(outDir)).toHaveLength(outputs.length);
  });

  test("SIGINT stops cleanly: work in progress finishes, report and manifest agree, exit code non-zero", async () => {
    const folder = messyFolder(60);
    const outDir = tempDir();
    const { child, done } = startCli(["batch", folder.dir, "--out-dir", outDir, "--jobs", "2", "--defaults", folder.defaultsFile]);
    await until(() => existsSync(outDir) && pdfsIn(outDir).length >= 4);
    child.kill("SIGINT");
    const run = await done;
    expect(run.code).toBe(130);
    const report = readReport(join(outDir, "vanban-report.json"));
    expect(report.summary.interrupted).toBe(true);
    expect(report.results).toHaveLength(report.summary.total);
    const ok = report.results.filter((r) => r.status === "ok");
    expect(ok.length).toBeLessThan(folder.good.length);
    expect(pdfsIn(outDir).map((f) => join(outDir, f)).sort()).toEqual(ok.map((r) => r.output!).sort());
    expect(manifestLines(outDir)).toHaveLength(ok.length);
    expect(tempsIn(outDir)).toEqual([]);
    expect(report.results.filter((r) => /not started/.test(r.reason ?? "")).length).toBeGreaterThan(0);
  });

  test("a corrupt manifest line (torn by a kill) is tolerated and does not swallow the next entry", async () => {
    const outDir = tempDir();
    const inputDir = tempDir();
    goodDocuments(3).forEach((d, i) => writeFileSync(join(inputDir, `d${i}.json`), JSON.stringify(d)));
    expect((await runCli(["batch", inputDir, "--out-dir", outDir, "--jobs", "1"])).code).toBe(0);
    const manifest = join(outDir, MANIFEST_NAME);
    const lines = readFileSync(manifest, "utf8").split("\n").filter(Boolean);
    writeFileSync(manifest, `${lines.slice(0, 2).join("\n")}\n${lines[2]!.slice(0, 25)}`); // torn, no newline
    const run = await runCli(["batch", inputDir, "--out-dir", outDir, "--jobs", "1", "--resume"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/1 ok, 0 failed, 2 skipped/);
    expect(manifestLines(outDir)).toHaveLength(3);
  });
});
