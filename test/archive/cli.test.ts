import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { importFiles, outputPaths, registerImport, type ImportReport } from "../../src/cli/import.js";
import { parseDocument } from "../../src/model/parse.js";
import { compose } from "./support.js";

const root = new URL("../../", import.meta.url).pathname;
const seeds = join(root, "test/fixtures/seeds");
const LAI_CHAU_FILE = join(root, "examples/defaults/lai-chau-union.json");
const HUE_FILE = join(root, "examples/defaults/thua-thien-hue-party.json");

function capture() {
  const out = { stdout: "", stderr: "" };
  return { out, io: { stdout: (s: string) => void (out.stdout += s), stderr: (s: string) => void (out.stderr += s) } };
}

function workdir(): string {
  return mkdtempSync(join(tmpdir(), "vanban-import-"));
}

describe("vanban import", () => {
  test("the four union seeds with the Lai Châu defaults: valid documents written to --out-dir, exit 0", async () => {
    const dir = workdir();
    const files = readdirSync(seeds)
      .filter((f) => !f.startsWith("004"))
      .map((f) => join(seeds, f));
    const { out, io } = capture();
    const code = await importFiles(files, { defaults: LAI_CHAU_FILE, outDir: join(dir, "out") }, io);
    expect(code).toBe(0);
    expect(readdirSync(join(dir, "out")).sort()).toEqual(files.map((f) => f.split("/").pop()!.replace(".txt", ".json")).sort());
    const doc = parseDocument(JSON.parse(readFileSync(join(dir, "out", "000_99201628fbdb1f64.json"), "utf8")));
    expect(doc.issuer.body).toEqual(["LĐLĐ TỈNH LAI CHÂU"]);
    // A readable summary: each file, where it went, its warnings with line numbers.
    expect(out.stdout).toContain("000_99201628fbdb1f64.txt → ");
    expect(out.stdout).toContain('line 3 [symbol-spaces] bỏ khoảng trắng trong số, ký hiệu / removed spaces inside the number and symbol: "Số: 60/HD - LĐLĐ"');
    expect(out.stdout).toContain("mặc định / from defaults: issuer");
    expect(out.stdout).toContain("4/4 hợp lệ");
    expect(out.stderr).toBe("");
  });

  test("the party seed with the Thừa Thiên Huế defaults", async () => {
    const dir = workdir();
    const { out, io } = capture();
    expect(await importFiles([join(seeds, "004_e1221ab10df6c714.txt")], { defaults: HUE_FILE, outDir: dir, json: true }, io)).toBe(0);
    const [report] = (JSON.parse(out.stdout) as { files: ImportReport[] }).files;
    expect(report).toMatchObject({ ok: true, errors: [], fields: { issuer: "default", place: "default", profile: "text" } });
    expect(JSON.parse(readFileSync(report!.output!.path, "utf8"))).toMatchObject({ profile: "party", place: "Thừa Thiên Huế", symbol: { issuer: "TU" } });
  });

  test("--json: { files: [{file, ok, warnings, errors, fields, output}] }; an unreadable file and an invalid document do not stop the others; exit 1", async () => {
    const dir = workdir();
    const good = join(dir, "good.txt");
    const partial = join(dir, "partial.md");
    // A folder given as a file cannot be read, whoever runs the test.
    const unreadable = join(dir, "folder.txt");
    mkdirSync(unreadable);
    writeFileSync(good, compose());
    writeFileSync(partial, "HƯỚNG DẪN\nThực hiện chủ đề năm 2022\n\nI. NỘI DUNG\n");
    const missing = join(dir, "missing.txt");
    const { out, io } = capture();
    const code = await importFiles([missing, good, unreadable, partial], { json: true }, io);
    expect(code).toBe(1);
    const reports = (JSON.parse(out.stdout) as { files: ImportReport[] }).files;
    expect(reports.map((r) => Object.keys(r).sort())).toEqual(reports.map(() => ["errors", "fields", "file", "ok", "output", "warnings"]));
    expect(reports.map((r) => r.file)).toEqual([missing, good, unreadable, partial]);
    expect(reports[0]).toMatchObject({ ok: false, output: null, errors: [{ path: "(file)" }] });
    expect(reports[0]!.errors[0]!.en).toContain("cannot read the file");
    expect(reports[1]).toMatchObject({ ok: true, output: { path: join(dir, "good.json"), format: "json" }, errors: [] });
    expect(reports[2]).toMatchObject({ ok: false, output: null, errors: [{ path: "(file)" }] });
    // The incomplete document is still written, next to its input, with its errors reported.
    expect(reports[3]).toMatchObject({ ok: false, output: { path: join(dir, "partial.json") }, fields: { issuer: "missing" } });
    expect(reports[3]!.errors.map((e) => e.path)).toContain("issuer");
    expect(JSON.parse(readFileSync(join(dir, "partial.json"), "utf8"))).toMatchObject({ kind: "huong-dan", subject: "Thực hiện chủ đề năm 2022" });
    // Written atomically: no temporary file is left behind.
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("output names: next to the input, never over the input itself, never twice", async () => {
    expect(outputPaths(["a/doc.txt", "b/doc.txt", "a/notes.json"], undefined)).toEqual(["a/doc.json", "b/doc.json", "a/notes.imported.json"]);
    expect(outputPaths(["a/doc.txt", "b/doc.txt", "c/doc.md"], "out")).toEqual(["out/doc.json", "out/doc-2.json", "out/doc-3.json"]);
  });

  test("an invalid defaults file stops before any input, with the field named", async () => {
    const dir = workdir();
    const defaults = join(dir, "defaults.json");
    writeFileSync(defaults, JSON.stringify({ profile: "state", place: "Lai Châu" }));
    const input = join(dir, "a.txt");
    writeFileSync(input, compose());
    const { out, io } = capture();
    expect(await importFiles([input], { defaults }, io)).toBe(1);
    expect(out.stderr).toContain("profile");
    expect(existsSync(join(dir, "a.json"))).toBe(false);
  });

  test("UTF-16 text with a byte-order mark is read", async () => {
    const dir = workdir();
    const input = join(dir, "utf16.txt");
    writeFileSync(input, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(compose(), "utf16le")]));
    const { out, io } = capture();
    expect(await importFiles([input], { json: true }, io)).toBe(0);
    expect((JSON.parse(out.stdout) as { files: ImportReport[] }).files[0]!.ok).toBe(true);
  });
});

describe("vanban import through commander", () => {
  // Files share a worker (vitest.config.ts: isolate false): another file's run may have left a code.
  beforeEach(() => {
    process.exitCode = undefined;
  });
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  test("flags are wired; the exit code is set to 1 when an input is not valid", async () => {
    const dir = workdir();
    mkdirSync(join(dir, "in"));
    copyFileSync(join(seeds, "002_781da1f03d488a91.txt"), join(dir, "in", "cv.txt"));
    const written: string[] = [];
    vi.spyOn(process.stdout, "write").mockImplementation((chunk) => (written.push(String(chunk)), true));
    const program = new Command().exitOverride();
    registerImport(program);

    await program.parseAsync(["node", "vanban", "import", join(dir, "in", "cv.txt"), "--defaults", LAI_CHAU_FILE, "--out-dir", join(dir, "out"), "--json"]);
    expect(process.exitCode).toBeUndefined();
    expect(JSON.parse(written.join("")).files[0]).toMatchObject({ ok: true, output: { path: join(dir, "out", "cv.json") } });

    written.length = 0;
    await program.parseAsync(["node", "vanban", "import", join(dir, "in", "cv.txt"), "--out-dir", join(dir, "out")]);
    expect(process.exitCode).toBe(1);
    expect(written.join("")).toContain("✗ issuer: thiếu trường bắt buộc / required field is missing");
  });
});
