// --json on every command (issue 10, CLI): each output is checked against its schema in
// src/cli/json-output.ts AND against what was really written (pages read back from the PDF,
// bytes from the file on disk). Errors under --json are JSON on stdout, and nothing else is there.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterAll, describe, expect, test } from "vitest";
import {
  BatchDoneJson,
  BatchLineJson,
  CheckJson,
  DraftJson,
  FailureJson,
  ImportJson,
  ProfileListJson,
  ProfileShowJson,
  RenderJson,
  SchemaJson,
  ServeListeningJson,
  ServeStoppedJson,
} from "../../src/cli/json-output.js";
import { inspectPdf } from "../support/pdf-inspect.js";

const root = new URL("../../", import.meta.url).pathname;
const cli = join(root, "bin/vanban.js");
const example = join(root, "examples/nd30-huong-dan.json");
const union = join(root, "test/fixtures/union-minimal.json");
const seed = join(root, "test/fixtures/seeds/001_241fc221d9dce001.txt");
const dir = mkdtempSync(join(tmpdir(), "vanban-json-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Ran {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: Buffer;
  stderr: Buffer;
}
/** The built CLI, run asynchronously so that the tests of a block run side by side. */
function vanban(args: string[], input?: string | Buffer, shell?: string): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = shell ? spawn("sh", ["-c", shell], { cwd: dir }) : spawn("node", [cli, ...args], { cwd: dir });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => err.push(d));
    child.stdin.on("error", () => undefined); // a command that stops reading early
    child.stdin.end(input === undefined ? undefined : Buffer.from(input));
    child.on("error", reject);
    child.on("close", (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout: Buffer.concat(out), stderr: Buffer.concat(err) });
    });
  });
}
/** stdout must be exactly one JSON object on one line. */
const onlyJson = (r: Ran): unknown => {
  const text = r.stdout.toString();
  expect(text.endsWith("\n") && text.indexOf("\n") === text.length - 1, text).toBe(true);
  return JSON.parse(text);
};
const pagesOf = async (file: string) => (await inspectPdf(new Uint8Array(readFileSync(file)))).pages.length;

describe.concurrent("--json: render", () => {
  test("reports each file written with its real page count and size, and a failed input with bilingual issues", async () => {
    const out = join(dir, "render");
    const r = await vanban(["render", example, union, "missing.json", "--out-dir", out, "--json"]);
    const report = RenderJson.parse(onlyJson(r));
    expect(r.status).toBe(1);
    expect([report.ok, report.exitCode]).toEqual([false, 1]);
    expect(report.files.map((f) => [f.file, f.ok])).toEqual([[example, true], [union, true], ["missing.json", false]]);
    for (const f of report.files.slice(0, 2)) {
      const written = f.output!;
      expect(written.format).toBe("pdf");
      expect(written.bytes).toBe(statSync(written.path).size);
      expect(written.pages).toBe(await pagesOf(written.path));
    }
    expect(report.files[0]!.output!.pages).toBeGreaterThan(1);
    const [issue] = report.files[2]!.errors;
    expect(issue!.path).toBe("missing.json");
    expect(issue!.vi).toMatch(/không tìm thấy tệp/);
    expect(issue!.en).toMatch(/file not found/);
  });

  test("docx: format docx, no page count (Word paginates)", async () => {
    const r = await vanban(["render", union, "--format", "docx", "-o", join(dir, "u.docx"), "--json"]);
    const report = RenderJson.parse(onlyJson(r));
    expect(report.files[0]!.output).toEqual({ path: join(dir, "u.docx"), format: "docx", bytes: statSync(join(dir, "u.docx")).size, pages: null });
  });

  test("a usage error is JSON on stdout with exit code 2, and nothing is written", async () => {
    const r = await vanban(["render", union, "--format", "odt", "-o", join(dir, "a.odt"), "--json"]);
    const failure = FailureJson.parse(onlyJson(r));
    expect(r.status).toBe(2);
    expect(failure).toMatchObject({ command: "render", exitCode: 2, errors: [{ path: "--format" }] });
    expect(failure.errors[0]!.vi).toContain("chọn pdf hoặc docx");
    expect(existsSync(join(dir, "a.odt"))).toBe(false);
    expect(r.stderr.toString()).toBe("");
  });

  test("commander's own errors (unknown option, missing argument) are JSON too", async () => {
    const unknown = await vanban(["render", union, "--bogus", "--json"]);
    expect(unknown.status).toBe(2);
    expect(FailureJson.parse(onlyJson(unknown)).errors[0]).toMatchObject({ path: "--bogus", vi: "lỗi: tùy chọn không có '--bogus'" });
    const missing = await vanban(["check", "--json"]);
    expect(FailureJson.parse(onlyJson(missing))).toMatchObject({ command: "check", exitCode: 2 });
  });

  test("-o - --json: the PDF owns stdout, the report goes to stderr", async () => {
    const r = await vanban(["render", "-", "-o", "-", "--json"], readFileSync(union));
    expect(r.status).toBe(0);
    const { pages } = await inspectPdf(new Uint8Array(r.stdout));
    const report = RenderJson.parse(JSON.parse(r.stderr.toString()));
    expect(report.files[0]!.output).toMatchObject({ path: "-", bytes: r.stdout.length, pages: pages.length });
  });
});

describe.concurrent("--json: check, import, draft", () => {
  test("check: findings and a summary that counts them", async () => {
    const r = await vanban(["check", example, seed, "--json", "--now", "2025-01-01"]);
    const report = CheckJson.parse(onlyJson(r));
    const all = report.files.flatMap((f) => f.findings);
    expect(report.summary).toEqual({
      files: 2,
      error: all.filter((f) => f.severity === "error").length,
      warning: all.filter((f) => f.severity === "warning").length,
      info: all.filter((f) => f.severity === "info").length,
    });
    expect(report.exitCode).toBe(r.status);
    expect(report.ok).toBe(report.summary.error === 0);
  });

  test("check: a bad --now is a usage error in JSON", async () => {
    const r = await vanban(["check", example, "--json", "--now", "31/12/2024"]);
    expect(r.status).toBe(2);
    expect(FailureJson.parse(onlyJson(r)).errors).toEqual([{ path: "--now", vi: '--now cần dạng YYYY-MM-DD, nhận "31/12/2024"', en: '--now expects YYYY-MM-DD, got "31/12/2024"' }]);
  });

  test("import: the JSON written, its size, warnings and field origins", async () => {
    const out = join(dir, "import");
    const r = await vanban(["import", seed, "--out-dir", out, "--defaults", join(root, "examples/defaults/lai-chau-union.json"), "--json"]);
    const report = ImportJson.parse(onlyJson(r));
    const [file] = report.files;
    expect(file!.output).toEqual({ path: join(out, "001_241fc221d9dce001.json"), format: "json", bytes: statSync(join(out, "001_241fc221d9dce001.json")).size, pages: null });
    expect(JSON.parse(readFileSync(file!.output!.path, "utf8")).kind).toBeTruthy();
    expect(file!.fields.issuer).toBe("default");
    expect(report.exitCode).toBe(r.status);
  });

  test("import - --json: the document inside the report, nothing else on stdout", async () => {
    const r = await vanban(["import", "-", "--json"], readFileSync(seed));
    const report = ImportJson.parse(onlyJson(r));
    expect(report.files[0]!.output!.path).toBe("-");
    expect(report.files[0]!.document!.kind).toBeTruthy();
    expect(report.files[0]!.output!.bytes).toBe(Buffer.byteLength(`${JSON.stringify(report.files[0]!.document, null, 2)}\n`));
  });

  test("draft --json: the Document; with -o, the PDF's real page count", async () => {
    const template = join(root, "examples/drafts/ke-hoach-nam.hbs");
    const data = join(root, "examples/drafts/ke-hoach-nam.data.json");
    const doc = DraftJson.parse(onlyJson(await vanban(["draft", template, "--data", data, "--now", "2025-01-20", "--json"])));
    expect(doc.output).toBeNull();
    expect(doc.document!.kind).toBe("ke-hoach");
    const pdf = join(dir, "ke-hoach.pdf");
    const written = DraftJson.parse(onlyJson(await vanban(["draft", template, "--data", data, "--now", "2025-01-20", "-o", pdf, "--json"])));
    expect(written.output).toEqual({ path: pdf, format: "pdf", bytes: statSync(pdf).size, pages: await pagesOf(pdf) });
  });

  test("draft: unreadable data is JSON with the file named, exit 1", async () => {
    const r = await vanban(["draft", join(root, "examples/drafts/ke-hoach-nam.hbs"), "--data", "nope.json", "--json"]);
    expect(r.status).toBe(1);
    const [issue] = FailureJson.parse(onlyJson(r)).errors;
    expect(issue).toMatchObject({ path: "nope.json" });
    expect(issue!.vi).toContain("không đọc được dữ liệu JSON");
    expect(issue!.en).toContain("cannot read the JSON data");
  });
});

describe.concurrent("--json: batch (JSON lines), profile, schema, serve", () => {
  test("batch: one result line per input with the PDF's pages and size, then the done line", async () => {
    const out = join(dir, "batch");
    const r = await vanban(["batch", example, union, "missing.json", "--out-dir", out, "--jobs", "1", "--json"]);
    const lines = r.stdout.toString().trim().split("\n").map((l) => BatchLineJson.parse(JSON.parse(l)));
    const results = lines.filter((l) => l.event === "result");
    expect(results.map((l) => [l.file, l.status])).toEqual(expect.arrayContaining([[example, "ok"], [union, "ok"]]));
    for (const l of results.filter((x) => x.status === "ok")) {
      expect(l.output!.pages).toBe(await pagesOf(l.output!.path));
      expect(l.output!.bytes).toBe(statSync(l.output!.path).size);
    }
    const done = BatchDoneJson.parse(lines.at(-1));
    expect(r.status).toBe(1);
    expect(done).toMatchObject({ ok: false, exitCode: 1, report: join(out, "vanban-report.json") });
    expect(done.summary).toMatchObject({ total: 3, ok: 2, failed: 1 });
  }, 60_000);

  test("batch: an input-less call ends in one done line with the reason", async () => {
    mkdirSync(join(dir, "empty"), { recursive: true });
    const r = await vanban(["batch", join(dir, "empty"), "--out-dir", join(dir, "batch-empty"), "--json"]);
    const done = BatchDoneJson.parse(onlyJson(r));
    expect([done.exitCode, r.status]).toEqual([2, 2]);
    expect(done.errors[0]!.en).toContain("no .json or .txt inputs");
  });

  test("profile list / show and schema", async () => {
    const list = ProfileListJson.parse(onlyJson(await vanban(["profile", "list", "--json"])));
    expect(list.profiles.map((p) => p.id)).toEqual(expect.arrayContaining(["nd30", "union", "party"]));
    const show = ProfileShowJson.parse(onlyJson(await vanban(["profile", "show", "union", "--json"])));
    expect(show.profile.id).toBe("union");
    expect(show.values.length).toBeGreaterThan(10);
    const unknown = await vanban(["profile", "show", "nowhere", "--json"]);
    expect(unknown.status).toBe(1);
    expect(FailureJson.parse(onlyJson(unknown)).errors[0]!.en).toMatch(/nowhere/);
    const schema = SchemaJson.parse(onlyJson(await vanban(["schema", "--json"])));
    expect((schema.schema.properties as Record<string, unknown>).kind).toBeTruthy();
  });

  test("serve: a listening line with the real URL, a stopped line after SIGTERM", async () => {
    const child = spawn("node", [cli, "serve", "--port", "0", "--workers", "1", "--json"], { cwd: dir });
    const lines = createInterface({ input: child.stdout });
    const it = lines[Symbol.asyncIterator]();
    const listening = ServeListeningJson.parse(JSON.parse((await it.next()).value as string));
    const health = await fetch(`${listening.url}/healthz`);
    expect(health.status).toBe(200);
    child.kill("SIGTERM");
    const stopped = ServeStoppedJson.parse(JSON.parse((await it.next()).value as string));
    expect(stopped).toMatchObject({ ok: true, exitCode: 0, signal: "SIGTERM" });
    const code = await new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.on("exit", resolve)));
    expect(code).toBe(0);
  }, 30_000);

  test("serve: a bad --port is a JSON usage error", async () => {
    const r = await vanban(["serve", "--port", "x", "--json"]);
    expect(r.status).toBe(2);
    expect(ServeStoppedJson.parse(onlyJson(r)).errors[0]!.path).toBe("--port");
  });
});

describe.concurrent("non-regular inputs (issue 10: `import /dev/stdin` wrote /dev/stdin.json)", () => {
  test("import /dev/stdin, stdin a pipe: the document on stdout, nothing written", async () => {
    const r = await vanban(["import", "/dev/stdin"], readFileSync(seed));
    expect(JSON.parse(r.stdout.toString()).kind).toBeTruthy();
    expect(existsSync("/dev/stdin.json")).toBe(false);
  });

  test("import /dev/stdin, stdin a regular file (the case that wrote /dev/stdin.json)", async () => {
    const r = await vanban([], undefined, `node ${cli} import /dev/stdin < ${seed}`);
    expect(JSON.parse(r.stdout.toString()).kind).toBeTruthy();
    expect(existsSync("/dev/stdin.json")).toBe(false);
  });

  test("render /dev/stdin: the PDF on stdout, not /dev/stdin.pdf", async () => {
    const r = await vanban(["render", "/dev/stdin"], readFileSync(union));
    expect(r.status).toBe(0);
    expect(r.stdout.subarray(0, 5).toString()).toBe("%PDF-");
    expect(existsSync("/dev/stdin.pdf")).toBe(false);
  });

  test("a FIFO with no writer and an empty stdin end at once, with a reason", async () => {
    execFileSync("mkfifo", [join(dir, "pipe.txt")]);
    const fifo = await vanban(["import", join(dir, "pipe.txt"), "--json"]);
    expect(fifo.signal).toBeNull();
    const report = ImportJson.parse(onlyJson(fifo));
    expect(report.files[0]!.output).toBeNull();
    expect(report.files[0]!.errors[0]!.en).toMatch(/pipe \(FIFO\), not a regular file/);
    const empty = await vanban(["import", "-", "--json"], "");
    expect(empty.signal).toBeNull();
    expect(ImportJson.parse(onlyJson(empty)).exitCode).toBe(1);
  });

  test("standard input past maxInputBytes is refused while read, not held whole", async () => {
    const r = await vanban(["import", "-", "--json"], Buffer.alloc(11 * 1024 * 1024, 0x61));
    const report = ImportJson.parse(onlyJson(r));
    expect(report.files[0]!.errors[0]!.en).toMatch(/larger than the limit of 10,485,760 bytes \(maxInputBytes\)/);
  });

  test("two inputs for standard output, or stdin twice, are usage errors", async () => {
    expect((await vanban(["import", "-", "-", "--json"], "")).status).toBe(2);
    const twice = await vanban(["import", "/dev/stdin", "/dev/fd/0"], "");
    expect(twice.status).toBe(2);
    expect(twice.stderr.toString()).toContain("standard input can be read only once");
  });
});

describe.concurrent("the small errors of issue 10 stay fixed", () => {
  test("batch missing/: named as not found, not as an unreadable type", async () => {
    const r = await vanban(["batch", "missing/", "--out-dir", join(dir, "batch-missing"), "--json"]);
    const result = r.stdout.toString().trim().split("\n").map((l) => BatchLineJson.parse(JSON.parse(l))).find((l) => l.event === "result");
    expect(result).toMatchObject({ file: "missing/", status: "failed" });
    expect(result!.event === "result" && result!.reason).toMatch(/không tìm thấy tệp.* \/ file not found/u);
  });

  test("render --layout missing.json: a bilingual reason naming the file, no raw ENOENT", async () => {
    const r = await vanban(["render", union, "--layout", "missing.json", "-o", join(dir, "l.pdf")]);
    expect(r.status).toBe(1);
    expect(r.stderr.toString()).toMatch(/không tìm thấy tệp hoặc thư mục hồ sơ: .*missing\.json \/ profile file or folder not found/u);
    expect(r.stderr.toString()).not.toContain("ENOENT");
    expect(existsSync(join(dir, "l.pdf"))).toBe(false);
  });
});
