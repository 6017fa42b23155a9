import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { afterEach, describe, expect, test, vi } from "vitest";
import { registerCheck } from "../../src/cli/check.js";
import { FindingSchema } from "../../src/check/finding.js";
import { edit, unionGuide } from "./documents.js";

const dir = mkdtempSync(join(tmpdir(), "vanban-check-"));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const good = file("good.json", JSON.stringify(unionGuide()));
const future = file("future.json", JSON.stringify(edit(unionGuide(), (d) => (d.date = "2024-06-02"))));
const invalid = file("invalid.json", JSON.stringify({ ...unionGuide(), number: -3, kind: "thu-moi" }));
const broken = file("broken.json", "{ not json");
const seed = fileURLToPath(new URL("../fixtures/seeds/000_99201628fbdb1f64.txt", import.meta.url));

async function run(...args: string[]): Promise<{ out: string; err: string; code: number | undefined }> {
  let out = "";
  let err = "";
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  const errSpy = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
  process.exitCode = undefined;
  const program = new Command().exitOverride();
  registerCheck(program);
  try {
    await program.parseAsync(["node", "vanban", "check", ...args]);
  } finally {
    spy.mockRestore();
    errSpy.mockRestore();
  }
  const code = process.exitCode as number | undefined;
  process.exitCode = undefined;
  return { out, err, code };
}

afterEach(() => {
  process.exitCode = undefined;
});

describe("vanban check", () => {
  test("a correct document: no findings, exit code 0", async () => {
    const { out, code } = await run(good, "--now", "2024-06-01");
    expect(out).toContain("good.json: đạt / no findings");
    expect(code).toBeUndefined();
  });

  test("a future date against --now is an error: exit code 1 (R-DATE-3)", async () => {
    const { out, code } = await run(future, "--now", "2024-06-01");
    expect(out).toMatch(/R-DATE-3\s+date/);
    expect(out).toContain("cần / expected: ≤ 2024-06-01");
    expect(code).toBe(1);
  });

  test("--allow-future accepts it", async () => {
    const { code } = await run(future, "--now", "2024-06-01", "--allow-future");
    expect(code).toBeUndefined();
  });

  test("groups findings by file, reports invalid JSON and invalid documents, and goes on", async () => {
    const { out, code } = await run(broken, invalid, good, "--now", "2024-06-01");
    const sections = out.split("\n\n");
    expect(sections[0]).toMatch(/^.*broken\.json: 1 lỗi/);
    expect(sections[0]).toContain("JSON");
    expect(sections[1]).toMatch(/invalid\.json: 2 lỗi/);
    expect(sections[1]).toContain("INPUT");
    expect(sections[2]).toContain("good.json: đạt / no findings");
    expect(out).toContain("Tổng / total (3 tệp / files): 3 lỗi / errors");
    expect(code).toBe(1);
  });

  test("--json prints every finding machine-readable, with a summary", async () => {
    const { out, code } = await run(seed, invalid, "--json", "--now", "2025-01-01", "--profile", "union", "--place", "Lai Châu", "--superior", "TỔNG LĐLĐ VIỆT NAM", "--issuer", "LĐLĐ TỈNH LAI CHÂU");
    const report = JSON.parse(out) as { files: { file: string; findings: unknown[] }[]; summary: Record<string, number> };
    expect(report.files.map((f) => f.file)).toEqual([seed, invalid]);
    for (const f of report.files.flatMap((x) => x.findings)) FindingSchema.parse(f);
    const seedRules = report.files[0]!.findings.map((f) => (f as { rule: string }).rule);
    expect(seedRules).toEqual(expect.arrayContaining(["R-NUM-3", "R-RCPT-5", "R-CITE-1", "R-CITE-2", "R-END-1"]));
    expect(report.summary).toMatchObject({ files: 2, error: 4 });
    expect(code).toBe(1);
  });

  test("a .txt archive shows the line of each finding", async () => {
    const { out } = await run(seed, "--now", "2025-01-01", "--profile", "union", "--place", "Lai Châu", "--issuer", "LĐLĐ TỈNH LAI CHÂU");
    expect(out).toMatch(/R-NUM-3\s+source\.numberLine \(dòng\/line 3\)/);
    expect(out).toContain("có / actual:    Số: 60/HD - LĐLĐ");
  });

  test("a malformed --now is a usage error: bilingual message, exit code 2, nothing checked", async () => {
    const { out, err, code } = await run(good, "--now", "01/06/2024");
    expect(err).toBe('vanban check: --now cần dạng YYYY-MM-DD, nhận "01/06/2024" / --now expects YYYY-MM-DD, got "01/06/2024"\n');
    expect(out).toBe("");
    expect(code).toBe(2);
  });

  test("an unknown --profile is a usage error naming the profiles, not zod's issue list", async () => {
    const { out, err, code } = await run(seed, "--profile", "foo");
    expect(err).toMatch(/^vanban check: --profile: không có hồ sơ "foo"; các hồ sơ có: nd30, party, .*union \/ unknown profile "foo"; known profiles: nd30, party, .*union\n$/);
    expect(err).not.toContain("invalid_value");
    expect(out).toBe("");
    expect(code).toBe(2);
  });

  test("a missing --defaults file: bilingual 'file not found' naming it, exit code 1", async () => {
    const missing = join(dir, "missing.json");
    const { out, err, code } = await run(seed, "--defaults", missing);
    expect(err).toContain("Không đọc được tệp mặc định / cannot read the defaults file");
    expect(err).toContain(`${missing}: không tìm thấy tệp (hoặc liên kết hỏng): kiểm tra đường dẫn / file not found (or a broken link): check the path`);
    expect(out).toBe("");
    expect(code).toBe(1);
  });

  test("a --defaults file with invalid fields is validated: each bad field named, exit code 1", async () => {
    const bad = file("bad-defaults.json", JSON.stringify({ profile: "foo", place: "" }));
    const { out, err, code } = await run(seed, "--defaults", bad);
    expect(err).toMatch(/bad-defaults\.json: Văn bản không hợp lệ \/ invalid defaults \(2\)/);
    expect(err).toMatch(/- profile: .+ \/ .+/);
    expect(err).toMatch(/- place: .+ \/ .+/);
    expect(out).toBe("");
    expect(code).toBe(1);
  });

  test("a valid --defaults file supplies what the seed lacks (no INPUT error)", async () => {
    const defaults = file(
      "defaults.json",
      JSON.stringify({ profile: "union", issuer: { superior: ["TỔNG LĐLĐ VIỆT NAM"], body: ["LĐLĐ TỈNH LAI CHÂU"] }, place: "Lai Châu" }),
    );
    const { out } = await run(seed, "--defaults", defaults, "--now", "2025-01-01", "--json");
    const rules = (JSON.parse(out) as { files: { findings: { rule: string }[] }[] }).files[0]!.findings.map((f) => f.rule);
    expect(rules).not.toContain("INPUT");
    expect(rules).toContain("R-CITE-2");
  });

  test("a FILE that does not exist is an INPUT finding in both languages, and the others are still checked", async () => {
    const missing = join(dir, "nope.json");
    const { out, code } = await run(missing, good, "--now", "2024-06-01");
    expect(out).toContain(`Không tìm thấy tệp: ${missing}`);
    expect(out).toContain(`File not found: ${missing}`);
    expect(out).toContain("good.json: đạt / no findings");
    expect(code).toBe(1);
  });

  test("a seed without --defaults still reports its body mistakes beside the INPUT issuer error", async () => {
    const { out, code } = await run(seed, "--now", "2025-01-01", "--json");
    const rules = (JSON.parse(out) as { files: { findings: { rule: string; path: string }[] }[] }).files[0]!.findings;
    expect(rules.filter((f) => f.rule === "INPUT").map((f) => f.path)).toEqual(["issuer"]);
    expect(rules.map((f) => f.rule)).toEqual(expect.arrayContaining(["R-CITE-1", "R-CITE-2", "R-NUM-3", "R-RCPT-5"]));
    expect(code).toBe(1);
  });
});
