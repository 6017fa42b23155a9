// Issue 14, one test per finding: hostile files, bounded work, the lock first, signals, errors.
// Each failed on the code before the issue (noted in its title).
import { execFileSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, symlinkSync, writeFileSync, writeSync } from "node:fs";
import { createServer } from "node:net";
import { basename, join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { DEFAULT_LIMITS, limitsWith, maxPages } from "../../src/limits.js";
import { DEFAULT_MAX_PAGES } from "../../src/layout/layout-document.js";
import { DocumentError } from "../../src/model/errors.js";
import { parseDocument, validateDocument } from "../../src/model/parse.js";
import { DraftError, renderDraftText } from "../../src/drafts/index.js";
import { readInput, readInputSync } from "../../src/util/read-input.js";
import { readJsonFileSync } from "../../src/util/json-file.js";
import { asFileError, FileError, fileReason } from "../../src/util/file-error.js";
import { isTempFor, NAME_MAX, removeStaleTemps, tempPathFor, tempTarget, writeFileAtomicSync } from "../../src/util/atomic-write.js";
import { renderBatch } from "../../src/batch/render-batch.js";
import { lockOutputDir } from "../../src/batch/lock.js";
import type { BatchResult } from "../../src/batch/types.js";
import { example, goodDocuments, removeTempDirs, startCli, tempDir } from "../batch/support.js";

afterAll(removeTempDirs);

const EXAMPLE = example("000-huong-dan-chu-de-2022.json");
const bilingual = (message: string) => expect(message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ].* \/ [A-Za-z]/u);

describe("issue 14 §1: only regular files are read, at most maxInputBytes", () => {
  const dir = tempDir("vanban-hostile-");
  const fifo = join(dir, "pipe.json");
  execFileSync("mkfifo", [fifo]);
  const zero = join(dir, "zero.json");
  symlinkSync("/dev/zero", zero);

  test("a FIFO is refused at once, naming it (it hung the batch before)", async () => {
    for (const read of [() => readInputSync(fifo), () => readInput(fifo)]) {
      const error = await Promise.resolve().then(read).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FileError);
      expect((error as FileError).message).toContain(fifo);
      expect((error as FileError).en).toContain("pipe (FIFO)");
      bilingual((error as FileError).message);
    }
  });

  test("a link to /dev/zero is refused as a device (it grew to 24 GB before)", async () => {
    await expect(readInput(zero)).rejects.toThrow(/zero\.json: .*thiết bị.* \/ is a device/u);
    expect(() => readInputSync(zero)).toThrow(/is a device/);
  });

  test("a socket and a folder named as files are refused, naming them", async () => {
    const socket = join(dir, "s.json");
    const server = createServer().listen(socket);
    await new Promise((resolve) => server.once("listening", resolve));
    try {
      expect(() => readInputSync(socket)).toThrow(/s\.json: .* \/ is a socket/u);
    } finally {
      server.close();
    }
    mkdirSync(join(dir, "folder.json"));
    expect(() => readInputSync(join(dir, "folder.json"))).toThrow(/folder\.json: .* \/ is a folder, not a file/u);
  });

  test("a file over the cap is refused before it is read, the limit named", () => {
    const big = join(dir, "big.txt");
    writeFileSync(big, "x".repeat(2000));
    expect(() => readInputSync(big, { maxBytes: 1000 })).toThrow(/big\.txt: .*1,000 bytes \(maxInputBytes\)/u);
    expect(readInputSync(big, { maxBytes: 2000 }).length).toBe(2000);
  });

  test("reading stops at the cap even when the size said nothing (a file that grows: /proc reports 0 bytes)", () => {
    expect(() => readInputSync("/proc/self/status", { maxBytes: 64 })).toThrow(/maxInputBytes/);
  });

  test("one JSON reader: UTF-16 with a BOM and UTF-8 with a BOM read alike; a syntax error names the file", () => {
    const utf16 = join(dir, "utf16.json");
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"a":"Hà Nội"}', "utf16le")]));
    const utf8bom = join(dir, "bom.json");
    writeFileSync(utf8bom, `\uFEFF{"a":"Hà Nội"}`);
    expect(readJsonFileSync(utf16)).toEqual({ a: "Hà Nội" });
    expect(readJsonFileSync(utf8bom)).toEqual({ a: "Hà Nội" });
    writeFileSync(join(dir, "bad.json"), "{ nope");
    expect(() => readJsonFileSync(join(dir, "bad.json"))).toThrow(/bad\.json: JSON không hợp lệ .* \/ invalid JSON/u);
  });
});

describe("issue 14 §3: bounded work, each limit a bilingual error naming the path and the limit", () => {
  test("the limits have their documented defaults, and a bad limit is refused", () => {
    expect(DEFAULT_LIMITS).toEqual({
      maxInputBytes: 10 * 1024 * 1024,
      maxFieldLength: 250_000,
      maxBlocks: 5_000,
      maxPages: 2_000,
      maxTemplateBlocks: 5_000,
      maxIssuesListed: 50,
      documentTimeoutMs: 60_000,
    });
    expect(maxPages).toBe(DEFAULT_MAX_PAGES); // the layout enforces it
    expect(() => limitsWith({ maxBlocks: 0 })).toThrow(/maxBlocks/);
  });

  test("a field over maxFieldLength (a 10-million-character subject crashed V8)", () => {
    const result = validateDocument({ ...EXAMPLE, subject: "a".repeat(250_001) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toContainEqual(expect.objectContaining({ path: "subject", en: expect.stringMatching(/250,001 characters .* 250,000 \(maxFieldLength\)/u) }));
    expect(validateDocument({ ...EXAMPLE, subject: "a".repeat(250_000) }).ok).toBe(true);
    expect(validateDocument({ ...EXAMPLE, subject: "a".repeat(101) }, { limits: { maxFieldLength: 100 } }).ok).toBe(false);
  });

  test("more blocks than maxBlocks: one issue, and the schema never looks at a million blocks", () => {
    const body = Array.from({ length: 1_000_000 }, () => ({ type: "paragraph", content: 7 }));
    const result = validateDocument({ ...EXAMPLE, body });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]!.path).toBe("body");
      expect(result.issues[0]!.en).toMatch(/1,000,000 blocks .* 5,000 \(maxBlocks\)/u);
    }
  });

  test("an error lists maxIssuesListed issues, then '… and N more' (999,999 issues once made 326 MB of stderr)", () => {
    const body = Array.from({ length: 4_000 }, () => ({ type: "paragraph", content: 7 }));
    const error = (() => {
      try {
        parseDocument({ ...EXAMPLE, body });
      } catch (e) {
        return e as DocumentError;
      }
    })()!;
    expect(error).toBeInstanceOf(DocumentError);
    expect(error.issues.length).toBeGreaterThanOrEqual(4_000);
    expect(error.message.split("\n").filter((l) => l.startsWith("  - "))).toHaveLength(50);
    expect(error.message).toMatch(/… và [\d,]+ lỗi khác \/ … and [\d,]+ more$/u);
    expect(new DraftError("data", error.issues).message.split("\n")).toHaveLength(52);
  });

  test("{{#each}} over a million items stops at maxTemplateBlocks (179 s and 4.4 GB before)", () => {
    const items = Array.from({ length: 1_000_000 }, (_, i) => i);
    const template = { source: "{{#each items}}- mục {{this}};\n{{/each}}", name: "loop.hbs" };
    const run = () => renderDraftText(template, { items }, { strict: false });
    expect(run).toThrow(DraftError);
    expect(run).toThrow(/loop\.hbs: .* \/ .*5,000 blocks a template may produce \(maxTemplateBlocks\)/u);
    expect(() => renderDraftText(template, { items: [1, 2, 3, 4] }, { strict: false, limits: { maxTemplateBlocks: 3 } })).toThrow(/maxTemplateBlocks/);
  });
});

describe("issue 14 §6: control characters and dates before the state are refused in the model", () => {
  test("a NUL in the subject (rendered silently before) and other C0 controls are refused with their path", () => {
    const result = validateDocument({ ...EXAMPLE, subject: "Kế hoạch\u0000 năm", signature: { ...EXAMPLE.signature, name: "Nguyễn\u001b Văn A" } });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toContainEqual(expect.objectContaining({ path: "subject", en: expect.stringContaining("U+0000 at position 9") }));
      expect(result.issues).toContainEqual(expect.objectContaining({ path: "signature.name", en: expect.stringContaining("U+001B") }));
    }
    expect(validateDocument({ ...EXAMPLE, subject: "Tab\tand\nnew line\r\n" }).ok).toBe(true);
  });

  test("0000-01-01 and 1945-09-01 are refused, 1945-09-02 is the earliest date", () => {
    for (const date of ["0000-01-01", "1945-09-01"]) {
      const result = validateDocument({ ...EXAMPLE, date });
      expect(result.ok, date).toBe(false);
      if (!result.ok) expect(result.issues).toContainEqual({ path: "date", vi: expect.stringContaining("1945"), en: expect.stringContaining("2 September 1945") });
    }
    expect(validateDocument({ ...EXAMPLE, date: "1945-09-02" }).ok).toBe(true);
  });
});

describe("issue 14 §6: file-system errors name the path and what to do; temporary names fit", () => {
  test("every code the issue met reads bilingual, naming the path (raw English before)", () => {
    for (const code of ["EROFS", "ENOSPC", "ENAMETOOLONG", "ELOOP", "EACCES", "ENOENT"]) {
      const raw = Object.assign(new Error(`${code}: raw`), { code });
      const error = asFileError(raw, "/out/x.pdf", "write") as FileError;
      expect(error).toBeInstanceOf(FileError);
      expect(error.message.startsWith("/out/x.pdf: ")).toBe(true);
      bilingual(error.message);
      expect(fileReason(code, "read")).toBeDefined();
    }
  });

  test("a link loop is an ELOOP naming the file", () => {
    const dir = tempDir("vanban-loop-");
    symlinkSync(join(dir, "b.json"), join(dir, "a.json"));
    symlinkSync(join(dir, "a.json"), join(dir, "b.json"));
    expect(() => readInputSync(join(dir, "a.json"))).toThrow(/a\.json: .*vòng quanh.* \/ symbolic links loop/u);
  });

  test("a 245-byte name is written: the temporary name never exceeds NAME_MAX (ENAMETOOLONG before)", () => {
    const dir = tempDir("vanban-long-");
    const name = `${"đ".repeat(120)}abc.pdf`; // 247 bytes
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(NAME_MAX);
    const temp = basename(tempPathFor(join(dir, name)));
    expect(Buffer.byteLength(temp)).toBeLessThanOrEqual(NAME_MAX);
    expect(isTempFor(tempTarget(temp)!, name)).toBe(true);
    expect(isTempFor(tempTarget(temp)!, "other.pdf")).toBe(false);
    writeFileAtomicSync(join(dir, name), "x");
    expect(readdirSync(dir)).toEqual([name]);
    writeFileSync(join(dir, temp), "");
    expect(removeStaleTemps(dir, (target) => target.endsWith(".pdf"))).toBe(1);
  });
});

describe("issue 14 §4-5: a batch's lock first, a stuck worker stopped, a second signal stops at once", () => {
  test("a second batch on the same folder fails at the lock and leaves the running one's report alone", async () => {
    const out = tempDir("vanban-lock-");
    const input = join(tempDir("vanban-lock-in-"), "doc.json");
    writeFileSync(input, JSON.stringify(EXAMPLE));
    const release = lockOutputDir(out); // the running batch (this process, alive)
    const reportTemp = join(out, ".vanban-report.json.0123456789ab.vanban-tmp");
    writeFileSync(reportTemp, '{\n  "results": [');
    try {
      const { done } = startCli(["batch", input, "--out-dir", out]);
      const run = await done;
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/another batch \(process \d+\) is writing to/);
      expect(existsSync(reportTemp)).toBe(true); // deleted before the lock was met, before
    } finally {
      release();
    }
  });

  test("a worker stuck past the time limit is stopped; its input fails with the reason and the batch goes on", async () => {
    const dir = tempDir("vanban-stuck-");
    const worker = join(dir, "worker.mjs");
    writeFileSync(
      worker,
      `export default async function (task) {
        if (task.source.document.subject === "stuck") for (;;);
        return { ok: true, pages: 1, warnings: [], ms: 0 };
      }\n`,
    );
    const [good] = goodDocuments(1);
    const results: BatchResult[] = [];
    for await (const r of renderBatch([{ document: { ...good, subject: "stuck" }, name: "stuck" }, { document: good, name: "good" }], { outDir: join(dir, "out"), jobs: 1, workerFile: worker, timeoutMs: 500 })) results.push(r);
    const byName = Object.fromEntries(results.map((r) => [r.input, r]));
    expect(byName.stuck!.status).toBe("failed");
    expect(byName.stuck!.error).toMatch(/quá thời gian.* \/ timed out: over 1 s for one document, its worker was stopped/iu);
    expect(byName.good!.status).toBe("ok");
    expect(readdirSync(join(dir, "out")).filter((n) => n.startsWith(".vanban-batch"))).toEqual([]);
  });

  test("two SIGINTs 50 ms apart: exit at once (130), no lock, no temporary file, no half report", async () => {
    const dir = tempDir("vanban-sigint-");
    execFileSync("mkfifo", [join(dir, "0-pipe.json")]); // fails at once: the batch has started
    goodDocuments(8).forEach((doc, i) => writeFileSync(join(dir, `doc-${i}.json`), JSON.stringify(doc)));
    const out = join(dir, "out");
    const { child, done } = startCli(["batch", dir, "--out-dir", out, "--jobs", "2"]);
    await new Promise<void>((resolve) => {
      child.stderr!.on("data", (d: Buffer) => d.toString().includes("0-pipe.json") && resolve());
    });
    child.kill("SIGINT");
    await new Promise((resolve) => setTimeout(resolve, 50));
    child.kill("SIGINT");
    const run = await done;
    expect(run.code).toBe(130);
    const left = readdirSync(out);
    expect(left.filter((n) => n.endsWith(".vanban-tmp") || n.endsWith(".lock"))).toEqual([]);
    expect(left).not.toContain("vanban-report.json");
  });
});

describe("issue 14 §6 through the CLI: render reads what batch reads, and says why it refuses", () => {
  test("render takes a UTF-16 document with a BOM (it failed where batch and import read it)", async () => {
    const dir = tempDir("vanban-utf16-");
    const file = join(dir, "doc.json");
    const fd = openSync(file, "w");
    writeSync(fd, Buffer.from([0xff, 0xfe]));
    writeSync(fd, Buffer.from(JSON.stringify(EXAMPLE), "utf16le"));
    closeSync(fd);
    const run = await startCli(["render", file, "--out-dir", join(dir, "out")]).done;
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, "out", "doc.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
  });

  test("render --out-dir with a 245-byte name writes it (ENAMETOOLONG before)", async () => {
    const dir = tempDir("vanban-name-");
    const stem = "d".repeat(241);
    writeFileSync(join(dir, `${stem}.json`), JSON.stringify(EXAMPLE));
    const run = await startCli(["render", join(dir, `${stem}.json`), "--out-dir", join(dir, "out")]).done;
    expect(run.code).toBe(0);
    expect(readdirSync(join(dir, "out"))).toEqual([`${stem}.pdf`]);
  });
});
