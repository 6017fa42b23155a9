// The few OCR page tests CI always runs (it installs tesseract-ocr and tesseract-ocr-vie; issue
// 15): `vanban import --ocr` and `vanban batch --ocr` on one committed scan each (about 10 s of
// OCR each on two cores). Every header field is exact or left empty with a warning, never wrong.
// The longer page tests run with VANBAN_OCR_TESTS=1 (ocr-scans.test.ts), the 50-document sweep
// is `npm run bench:ocr`.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { removeTempDirs, tempDir, cli } from "../batch/support.js";
import type { ImportReport } from "../../src/cli/import.js";

afterAll(removeTempDirs);
const scans = new URL("../fixtures/scans/", import.meta.url).pathname;

function hasTesseract(): boolean {
  try {
    return /^vie$/mu.test(execFileSync("tesseract", ["--list-langs"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
  } catch {
    return false;
  }
}

// What cong-van-scan.pdf says (test/fixtures/scans/make-scans.mjs renders it from a known document).
const TRUTH: Record<string, unknown> = {
  profile: "nd30",
  kind: "cong-van",
  issuer: { superior: ["BỘ NỘI VỤ"], body: ["CỤC VĂN THƯ VÀ LƯU TRỮ", "NHÀ NƯỚC"] },
  number: 8,
  symbol: { issuer: "VTLTNN", unit: "NVĐP" },
  place: "Hà Nội",
  date: "2025-02-03",
  subject: "hướng dẫn báo cáo thống kê công tác văn thư, lưu trữ năm 2024",
};

const OCR_WARNINGS = /^ocr-(?:low-confidence|readings-differ)$/u;

describe.skipIf(!hasTesseract())("OCR from the command line (tesseract with its Vietnamese model installed)", () => {
  test("vanban import --ocr: a scan with a seal and an incoming stamp; each header field exact or empty with a warning quoting what OCR saw (P-HDR)", { timeout: 120_000 }, () => {
    const dir = tempDir("vanban-ocr-cli-");
    copyFileSync(join(scans, "cong-van-scan.pdf"), join(dir, "scan.pdf"));
    const run = spawnSync(process.execPath, [cli(), "import", "--ocr", "--json", "--out-dir", join(dir, "out"), join(dir, "scan.pdf")], { encoding: "utf8" });
    const [report] = (JSON.parse(run.stdout) as { files: ImportReport[] }).files;
    expect(report!.warnings.map((w) => w.code)).toContain("ocr-page");
    const document = JSON.parse(readFileSync(join(dir, "out", "scan.json"), "utf8")) as Record<string, unknown>;
    // Read from the page's geometry and confirmed by a second reading.
    expect(document).toMatchObject({ kind: "cong-van", place: "Hà Nội", date: "2025-02-03" });
    for (const [key, value] of Object.entries(TRUTH)) {
      if (document[key] === undefined) expect(report!.warnings.some((w) => OCR_WARNINGS.test(w.code))).toBe(true);
      else if (key === "subject") expect(String(document[key]).toLocaleLowerCase("vi")).toBe(value);
      else expect(document[key]).toEqual(value);
    }
    // Without --ocr the same scan is refused as needing OCR.
    const plain = spawnSync(process.execPath, [cli(), "import", "--json", "--out-dir", join(dir, "plain"), join(dir, "scan.pdf")], { encoding: "utf8" });
    expect((JSON.parse(plain.stdout) as { files: ImportReport[] }).files[0]!.errors[0]!.en).toMatch(/needs OCR/u);
  });

  test("vanban batch --ocr: the report gives the input's OCR time and the summary the total; a handwritten number is never guessed", { timeout: 120_000 }, () => {
    const dir = tempDir("vanban-ocr-batch-");
    copyFileSync(join(scans, "handwritten-number-scan.pdf"), join(dir, "handwritten.pdf"));
    const run = spawnSync(process.execPath, [cli(), "batch", "--ocr", "--jobs", "1", "--out-dir", join(dir, "pdf"), join(dir, "handwritten.pdf")], { encoding: "utf8" });
    expect(run.stdout).toMatch(/; OCR \d+\.\d s/u);
    const report = JSON.parse(readFileSync(join(dir, "pdf", "vanban-report.json"), "utf8")) as { results: { status: string; ms: number; ocrMs?: number; reason?: string }[]; summary: { ocrSeconds?: number } };
    const [entry] = report.results;
    // The number written by hand is left empty: the document is incomplete and is not rendered.
    expect(entry).toMatchObject({ status: "failed", reason: expect.stringMatching(/number/u) });
    expect(entry!.ocrMs).toBeGreaterThan(0);
    expect(entry!.ocrMs).toBeLessThanOrEqual(entry!.ms);
    expect(report.summary.ocrSeconds).toBeCloseTo(entry!.ocrMs! / 1000, 2);
  });
});
