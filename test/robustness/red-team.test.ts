// Issue 14's red team, through the built CLI (node bin/vanban.js): the hostile inputs of the
// issue against render, import, check, draft and batch. Each run must end by itself with exit
// code 1 and a reason naming the input, leave no output and no temporary file, stay within a
// 512 MB heap (node is started with --max-old-space-size=512: going over kills it, which fails
// the exit-code check) and take no longer at 100 KB than three times at 10 KB (a process start
// dominates a linear run; the old code took 13 s at 100 KB).
import { execFileSync, spawn } from "node:child_process";
import { existsSync, readdirSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { afterAll, describe, expect, test } from "vitest";
import { cli, example, removeTempDirs, tempDir } from "../batch/support.js";

afterAll(removeTempDirs);

/** The heap a hostile input may make the CLI use. */
const HEAP_MB = 512;
/** A run that has not ended by then hangs. */
const HANG_MS = 60_000;

interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  ms: number;
}

function vanban(args: string[], cwd: string): Promise<Ran> {
  const started = performance.now();
  const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, cli(), ...args], { cwd, stdio: ["ignore", "pipe", "pipe"], timeout: HANG_MS });
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (out += d.toString()));
  return new Promise((resolve) => child.on("close", (code, signal) => resolve({ code, signal, out, ms: performance.now() - started })));
}

const dir = tempDir("vanban-red-team-");
const out = join(dir, "out");
const EXAMPLE = example("000-huong-dan-chu-de-2022.json");
{
  execFileSync("mkfifo", [join(dir, "fifo.json")]);
  execFileSync("mkfifo", [join(dir, "fifo.txt")]);
  symlinkSync("/dev/zero", join(dir, "zero.json"));
  symlinkSync("/dev/zero", join(dir, "zero.txt"));
  // Over the 10 MiB input cap (sparse: no disk space used).
  writeFileSync(join(dir, "huge.txt"), "");
  truncateSync(join(dir, "huge.txt"), 11 * 1024 * 1024);
  // A seed line and a run of spaces, on one line (13 s in the importer's cell splitter before).
  for (const kb of [10, 100]) writeFileSync(join(dir, `spaces-${kb}.txt`), `LĐLĐ TỈNH LAI CHÂU${" ".repeat(kb * 1024)}x`);
  // A ten-million-character subject (it crashed V8), a NUL in the subject, a year 0 date.
  writeFileSync(join(dir, "long-subject.json"), JSON.stringify({ ...EXAMPLE, subject: "a".repeat(10_000_000) }));
  writeFileSync(join(dir, "nul.json"), JSON.stringify({ ...EXAMPLE, subject: "Kế hoạch\u0000" }));
  writeFileSync(join(dir, "year-0.json"), JSON.stringify({ ...EXAMPLE, date: "0000-01-01" }));
  // A template looping over a million items.
  writeFileSync(join(dir, "loop.hbs"), "Thể thức: union\n---\n{{#each items}}- mục {{this}};\n{{/each}}");
  writeFileSync(join(dir, "million.json"), JSON.stringify({ items: Array.from({ length: 1_000_000 }, (_, i) => i) }));
}

/** Nothing written: no PDF, no JSON, no temporary file, no lock (the folder may not even exist). */
function nothingLeft(): void {
  const left = existsSync(out) ? readdirSync(out).filter((n) => !n.startsWith(".vanban-manifest")) : [];
  expect(left).toEqual([]);
  expect(readdirSync(dir).filter((n) => n.endsWith(".vanban-tmp"))).toEqual([]);
}

function refused(run: Ran, file: string, reason: RegExp): void {
  expect(run.signal, run.out).toBeNull();
  expect(run.code, run.out).toBe(1);
  expect(run.out).toContain(file);
  expect(run.out).toMatch(reason);
  nothingLeft();
}

const NOT_REGULAR = /pipe \(FIFO\), not a regular file|is a device, not a regular file/;

describe("issue 14 red team: hostile inputs through the built CLI end cleanly, with a reason", () => {
  for (const kind of ["fifo", "zero"] as const) {
    test(`render, import, check, batch and draft --data on a ${kind === "fifo" ? "FIFO" : "link to /dev/zero"}`, async () => {
      refused(await vanban(["render", `${kind}.json`, "--out-dir", out], dir), `${kind}.json`, NOT_REGULAR);
      refused(await vanban(["import", `${kind}.txt`, "--out-dir", out], dir), `${kind}.txt`, NOT_REGULAR);
      refused(await vanban(["check", `${kind}.json`, `${kind}.txt`], dir), `${kind}.txt`, NOT_REGULAR);
      refused(await vanban(["draft", "loop.hbs", "--data", `${kind}.json`, "--json"], dir), `${kind}.json`, NOT_REGULAR);
      const batchOut = join(dir, `batch-${kind}`);
      const batch = await vanban(["batch", `${kind}.json`, `${kind}.txt`, "--out-dir", batchOut], dir);
      expect(batch.code, batch.out).toBe(1);
      expect(batch.out).toMatch(NOT_REGULAR);
      expect(batch.out).toContain("0 ok, 2 failed");
      // The batch leaves its report (every input failed, with its reason) and nothing else.
      expect(readdirSync(batchOut).filter((n) => !n.startsWith(".vanban-manifest"))).toEqual(["vanban-report.json"]);
    });
  }

  test("a file over the input cap is refused by import and check before it is read", async () => {
    refused(await vanban(["import", "huge.txt", "--out-dir", out], dir), "huge.txt", /larger than the limit of 10,485,760 bytes \(maxInputBytes\)/);
    refused(await vanban(["check", "huge.txt"], dir), "huge.txt", /maxInputBytes/);
  });

  test("render refuses a ten-million-character subject, a NUL and the year 0 with the field's path", async () => {
    refused(await vanban(["render", "long-subject.json", "--out-dir", out], dir), "long-subject.json", /subject: .*10,000,000 characters long, over the limit of 250,000 \(maxFieldLength\)/u);
    refused(await vanban(["render", "nul.json", "--out-dir", out], dir), "nul.json", /subject: .*control character U\+0000/u);
    refused(await vanban(["render", "year-0.json", "--out-dir", out], dir), "year-0.json", /date: .*before 2 September 1945/u);
    const batch = await vanban(["batch", "long-subject.json", "nul.json", "year-0.json", "--out-dir", join(dir, "batch-fields")], dir);
    expect(batch.code, batch.out).toBe(1);
    expect(batch.out).toContain("0 ok, 3 failed");
  });

  test("draft stops a loop over a million items at the template limit", async () => {
    refused(await vanban(["draft", "loop.hbs", "--data", "million.json", "-o", join(out, "loop.pdf")], dir), "loop.hbs", /maxTemplateBlocks/);
  });

  test("import and check read a 100 KB line of spaces in time linear in its size", async () => {
    const runs: Record<string, Ran> = {};
    for (const kb of [10, 100]) {
      runs[`import ${kb}`] = await vanban(["import", `spaces-${kb}.txt`, "--out-dir", join(dir, `import-${kb}`)], dir);
      runs[`check ${kb}`] = await vanban(["check", `spaces-${kb}.txt`], dir);
    }
    for (const [name, run] of Object.entries(runs)) {
      expect(run.signal, name).toBeNull();
      expect(run.code, `${name}: ${run.out}`).toBe(1); // the text lacks what a document needs: a clean refusal
    }
    expect(runs["import 100"]!.ms).toBeLessThan(3 * runs["import 10"]!.ms);
    expect(runs["check 100"]!.ms).toBeLessThan(3 * runs["check 10"]!.ms);
  });
});
