// Helpers for the batch tests: the compiled CLI and worker (dist/), folders of inputs, and
// reading outputs back.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Document } from "../../src/model/document.js";
import { parseDocument } from "../../src/model/parse.js";

export const root = new URL("../../", import.meta.url).pathname;

/** A file of the build; the test script builds before vitest runs (npm test). */
export function built(relative: string): string {
  const path = join(root, "dist", relative);
  if (!existsSync(path)) throw new Error(`${path} is missing: run "npm run build" first`);
  return path;
}

export const cli = (): string => (built("src/cli/main.js"), join(root, "bin", "vanban.js"));
export const workerFile = (): string => built("src/batch/worker.js");

const created: string[] = [];

export function tempDir(prefix = "vanban-batch-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** Removes every folder tempDir() made (call in afterAll). */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function example(name: string): Document {
  return parseDocument(JSON.parse(readFileSync(join(root, "examples", name), "utf8")));
}

export function exampleNames(): string[] {
  return readdirSync(join(root, "examples")).filter((f) => f.endsWith(".json")).sort();
}

/** `count` distinct valid documents made from the examples (own number, date and body order). */
export function goodDocuments(count: number): Document[] {
  const base = exampleNames().map(example);
  return Array.from({ length: count }, (_, i) => {
    const doc = base[i % base.length]!;
    const turn = Math.floor(i / base.length) % doc.body.length;
    return {
      ...doc,
      number: 100 + i,
      date: `2024-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
      body: [...doc.body.slice(turn), ...doc.body.slice(0, turn)],
    };
  });
}

export interface MessyFolder {
  dir: string;
  /** Relative paths (from dir) of the inputs that must render. */
  good: string[];
  /** Relative path → a pattern its failure reason must match. */
  bad: Record<string, RegExp>;
  /** The .txt archive, and the defaults file to import it with (outside the folder). */
  archive: string;
  defaultsFile: string;
}

/**
 * A folder as an archive team has them: good documents in sub-folders (two with the same base
 * name), ~1 % corrupt JSON, an invalid document, a folder named like a document, a broken
 * link (both unreadable, for root too), and a .txt archive.
 */
export function messyFolder(goodCount: number): MessyFolder {
  const dir = tempDir("vanban-in-");
  const good: string[] = [];
  goodDocuments(goodCount).forEach((doc, i) => {
    const rel = i === 1 ? "b/same-name.json" : i === 0 ? "a/same-name.json" : `${["a", "b", "c"][i % 3]}/doc-${String(i).padStart(3, "0")}.json`;
    mkdirSync(join(dir, dirname(rel)), { recursive: true });
    writeFileSync(join(dir, rel), JSON.stringify(doc, null, 1));
    good.push(rel);
  });
  writeFileSync(join(dir, "c/corrupt.json"), '{"profile": "union", "kind": ');
  writeFileSync(join(dir, "invalid.json"), JSON.stringify({ ...goodDocuments(1)[0], date: "2024-02-30", number: "x" }));
  mkdirSync(join(dir, "folder.json"));
  symlinkSync(join(dir, "nowhere.json"), join(dir, "broken-link.json"));
  // Seed 001 (/work/shared/seeds), a union plan as OCR gave it.
  writeFileSync(join(dir, "archive.txt"), readFileSync(join(root, "test/batch/fixtures/archive-001.txt")));
  const defaultsFile = join(tempDir("vanban-defaults-"), "defaults.json");
  writeFileSync(
    defaultsFile,
    JSON.stringify({ profile: "union", issuer: { superior: ["TỔNG LĐLĐ VIỆT NAM"], body: ["LĐLĐ TỈNH LAI CHÂU"] }, place: "Lai Châu" }),
  );
  return {
    dir,
    good,
    bad: {
      "c/corrupt.json": /JSON/,
      "invalid.json": /invalid document[\s\S]*(date|number)/,
      "folder.json": /folder/,
      "broken-link.json": /not found|broken link/,
    },
    archive: "archive.txt",
    defaultsFile,
  };
}

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function startCli(args: string[]): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn(process.execPath, [cli(), ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<Run>((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

export const runCli = (args: string[]): Promise<Run> => startCli(args).done;

export function pdfsIn(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith(".pdf")).sort();
}

export function tempsIn(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.includes(".vanban-tmp") || f.endsWith(".tmp"));
}

export async function until(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}
