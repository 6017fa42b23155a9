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

async function run(...args: string[]): Promise<{ out: string; code: number | undefined }> {
  let out = "";
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  process.exitCode = undefined;
  const program = new Command().exitOverride();
  registerCheck(program);
  try {
    await program.parseAsync(["node", "vanban", "check", ...args]);
  } finally {
    spy.mockRestore();
  }
  const code = process.exitCode as number | undefined;
  process.exitCode = undefined;
  return { out, code };
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

  test("a malformed --now is refused", async () => {
    await expect(run(good, "--now", "01/06/2024")).rejects.toThrow(/YYYY-MM-DD/);
  });
});
