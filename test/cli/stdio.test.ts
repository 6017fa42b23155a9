// "-" for standard input and output, --json on render, --version: the CLI in a pipe.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { inspectPdf } from "../support/pdf-inspect.js";
import { RenderJson } from "../../src/cli/json-output.js";

const root = new URL("../../", import.meta.url).pathname;
const cli = join(root, "bin/vanban.js");
const doc = readFileSync(join(root, "examples/nd30-huong-dan.json"), "utf8");
const seed = readFileSync(join(root, "test/fixtures/seeds/001_241fc221d9dce001.txt"), "utf8");
const cwd = mkdtempSync(join(tmpdir(), "vanban-stdio-"));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

const vanban = (args: string[], input?: string) => spawnSync("node", [cli, ...args], input === undefined ? { cwd } : { cwd, input: Buffer.from(input) });

describe("the CLI in a pipe", () => {
  test("render - -o -: the PDF on standard output, the log on standard error, no file written", async () => {
    const r = vanban(["render", "-", "-o", "-"], doc);
    expect(r.status).toBe(0);
    const { pages } = await inspectPdf(new Uint8Array(r.stdout));
    expect(pages[0]!.text).toContain("HƯỚNG DẪN");
    expect(r.stderr.toString()).toContain("stdout");
    expect(readdirSync(cwd)).toEqual([]);
  });

  test("render --json reports every input, failures included, with exit code 1", () => {
    const r = vanban(["render", "-", "missing.json", "--out-dir", "out", "--json"], doc);
    expect(r.status).toBe(1);
    const report = RenderJson.parse(JSON.parse(r.stdout.toString()));
    expect(report.files.map((x) => [x.file, x.ok])).toEqual([["-", true], ["missing.json", false]]);
    expect(report.files[0]!.output!.path).toBe(join("out", "stdin.pdf"));
    expect(report.files[1]!.errors[0]!.path).toBe("missing.json");
  });

  test("check - reads JSON or text from standard input", () => {
    const json = vanban(["check", "-", "--json", "--now", "2024-12-31"], doc);
    expect(JSON.parse(json.stdout.toString()).files[0].file).toBe("-");
    const text = vanban(["check", "-", "--json", "--now", "2024-12-31"], seed);
    expect(JSON.parse(text.stdout.toString()).files[0].findings.length).toBeGreaterThan(0);
  });

  test("import - writes the document JSON to standard output and the report to standard error", () => {
    const r = vanban(["import", "-"], seed);
    const document = JSON.parse(r.stdout.toString());
    expect(document.kind).toBeTruthy();
    expect(r.stderr.toString()).toContain("-");
    expect(readdirSync(cwd).filter((f) => f.startsWith("-"))).toEqual([]);
  });

  test("draft --data - -o -: data from standard input, the PDF on standard output", () => {
    const data = readFileSync(join(root, "examples/drafts/ke-hoach-nam.data.json"), "utf8");
    const r = vanban(["draft", join(root, "examples/drafts/ke-hoach-nam.hbs"), "--data", "-", "--now", "2025-01-20", "-o", "-"], data);
    expect(r.status).toBe(0);
    expect(r.stdout.subarray(0, 5).toString()).toBe("%PDF-");
  });

  test("--version prints the package version", () => {
    const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version as string;
    expect(vanban(["--version"]).stdout.toString().trim()).toBe(version);
  });
});
