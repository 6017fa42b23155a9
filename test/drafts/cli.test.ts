import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Command } from "commander";
import { afterEach, describe, expect, it, vi } from "vitest";
import { registerDraft } from "../../src/cli/draft.js";
import { parseDocument } from "../../src/model/parse.js";
import { folderWith } from "./support.js";

const TEMPLATE = "examples/drafts/thong-bao-nhiem-vu.hbs";
const DATA = "examples/drafts/thong-bao-nhiem-vu.data.json";

/** Runs `vanban draft ARGS` in-process; returns what it printed and the exit code. */
async function run(...args: string[]): Promise<{ out: string; err: string; code: number }> {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => (out.push(String(chunk)), true));
  const stderr = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => (err.push(String(chunk)), true));
  try {
    const program = new Command().exitOverride();
    registerDraft(program);
    await program.parseAsync(["node", "vanban", "draft", ...args]);
    return { out: out.join(""), err: err.join(""), code: Number(process.exitCode ?? 0) };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

afterEach(() => {
  process.exitCode = 0;
});

describe("vanban draft", () => {
  it("--json prints a report with the Document", async () => {
    const { out, code } = await run(TEMPLATE, "--data", DATA, "--json");
    expect(code).toBe(0);
    const doc = parseDocument(JSON.parse(out).document);
    expect(doc.kind).toBe("thong-bao");
    expect(doc.subject).toBe("Định hướng một số nhiệm vụ trọng tâm hoạt động công đoàn năm 2026");
  });

  it("--text prints the document text", async () => {
    const { out } = await run(TEMPLATE, "--data", DATA, "--text");
    expect(out).toMatch(/^Thể thức: union\n/);
    expect(out).toContain("\n---\n");
  });

  it("-o writes the PDF atomically (no temp file left behind)", async () => {
    const dir = folderWith({});
    const file = join(dir, "thong-bao.pdf");
    const { out, code } = await run(TEMPLATE, "--data", DATA, "-o", file);
    expect(code).toBe(0);
    expect(out).toContain("thong-bao.pdf");
    expect(readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");
    expect(readdirSync(dir)).toEqual(["thong-bao.pdf"]);
  });

  it("missing data: exit code 1 and the one error listing every gap; nothing written", async () => {
    const dir = folderWith({ "empty.json": "{}" });
    const file = join(dir, "x.pdf");
    // The template and its partials without the schema, so that the strict check speaks.
    const partials = ["_co-quan.hbs", "_noi-nhan.hbs", "_ky-ten.hbs"].map((p) => [p, readFileSync(join("examples/drafts", p), "utf8")]);
    const source = folderWith({ "t.hbs": readFileSync(TEMPLATE, "utf8"), ...Object.fromEntries(partials) });
    const { err, code } = await run(join(source, "t.hbs"), "--data", join(dir, "empty.json"), "-o", file);
    expect(code).toBe(1);
    expect(err).toMatch(/^vanban draft: Mẫu văn bản có lỗi \/ template errors \(\d+\):/);
    expect(err).toContain('"ngayBanHanh"');
    expect(err).toContain('"nhiemVu"');
    expect(err).toContain("_noi-nhan.hbs dòng 2 / line 2: noiNhan:");
    expect(existsSync(file)).toBe(false);
  });

  it("asks for exactly one output", async () => {
    const { err, code } = await run(TEMPLATE, "--data", DATA);
    expect(code).toBe(2);
    expect(err).toContain("choose one of -o FILE, --json, --text");
  });

  it("a template that does not exist: bilingual message naming it, exit code 1 (no bare ENOENT)", async () => {
    const { err, code } = await run("nope.hbs", "--data", DATA, "-o", "x.pdf");
    expect(err).toBe("vanban draft: Mẫu văn bản có lỗi / template errors (1):\n  - nope.hbs: không tìm thấy tệp mẫu / template file not found\n");
    expect(code).toBe(1);
    process.exitCode = 0;
    // Under --json the same failure is JSON on stdout, with the issue's path.
    const json = await run("nope.hbs", "--data", DATA, "--json");
    expect(JSON.parse(json.out)).toEqual({
      command: "draft",
      ok: false,
      exitCode: 1,
      errors: [{ path: "nope.hbs", vi: "không tìm thấy tệp mẫu", en: "template file not found" }],
    });
    expect(json.err).toBe("");
  });

  it("a data file that does not exist or is not JSON: bilingual message naming it, exit code 1", async () => {
    const dir = folderWith({ "broken.json": "{ nope" });
    const missing = await run(TEMPLATE, "--data", join(dir, "missing.json"), "--text");
    expect(missing.err).toContain(`${join(dir, "missing.json")}: không đọc được dữ liệu JSON: không tìm thấy tệp (hoặc liên kết hỏng): kiểm tra đường dẫn / cannot read the JSON data: file not found`);
    expect(missing.err).not.toContain("ENOENT");
    expect(missing.code).toBe(1);
    process.exitCode = 0;
    const broken = await run(TEMPLATE, "--data", join(dir, "broken.json"), "--json");
    const [issue] = JSON.parse(broken.out).errors;
    expect(issue.path).toBe(join(dir, "broken.json"));
    expect(issue.vi).toContain("JSON không hợp lệ (sửa cú pháp)");
    expect(issue.en).toContain("invalid JSON");
    expect(broken.code).toBe(1);
  });

  it("a malformed --now is a usage error: exit code 2", async () => {
    const { out, err, code } = await run(TEMPLATE, "--data", DATA, "--text", "--now", "01/05/2030");
    expect(err).toBe('vanban draft: --now cần ngày YYYY-MM-DD: "01/05/2030" / --now expects a YYYY-MM-DD date: "01/05/2030"\n');
    expect(out).toBe("");
    expect(code).toBe(2);
  });

  it("--now sets the clock for an undated draft", async () => {
    const data = { ...JSON.parse(readFileSync(DATA, "utf8")), ngayBanHanh: null, so: null };
    const dir = folderWith({ "d.json": JSON.stringify(data) });
    const { out } = await run(TEMPLATE, "--data", join(dir, "d.json"), "--json", "--now", "2030-05-01");
    expect(JSON.parse(out).document.subject).toContain("năm 2031");
  });
});
