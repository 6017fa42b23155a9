// Scans of vanban's own documents read back by OCR (issue 15): made by
// test/fixtures/scans/make-scans.mjs (render, 200 dpi, skew, speckles, a red seal over the
// signature, a violet incoming stamp, a number written by hand in blue), committed. Tesseract
// is slow on two cores: a handful of pages here, the sweep over 50 documents in bench/ocr-sweep.ts.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { importFile } from "../../src/readers/registry.js";
import { OCR_PACKAGES } from "../../src/readers/ocr/tools.js";

const dir = new URL("../fixtures/scans/", import.meta.url).pathname;
const office = new URL("../fixtures/office/", import.meta.url).pathname;
const bytes = (name: string, from = dir) => new Uint8Array(readFileSync(join(from, name)));

function hasTesseract(): boolean {
  try {
    return /^vie$/mu.test(execFileSync("tesseract", ["--list-langs"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
  } catch {
    return false;
  }
}

const OCR_TIMEOUT = 120_000;
// What a field left empty by OCR is named with: too unsure, or read otherwise by another reading.
const OCR_WARNINGS = /^ocr-(?:low-confidence|readings-differ)$/u;
const CONG_VAN_HEADER = {
  profile: "nd30",
  kind: "cong-van",
  issuer: { superior: ["BỘ NỘI VỤ"], body: ["CỤC VĂN THƯ VÀ LƯU TRỮ", "NHÀ NƯỚC"] },
  symbol: { issuer: "VTLTNN", unit: "NVĐP" },
  place: "Hà Nội",
  date: "2025-02-03",
  subject: "hướng dẫn báo cáo thống kê công tác văn thư, lưu trữ năm 2024",
};

describe("without tesseract: the scan is refused, saying what to install, in both languages", () => {
  test("a scanned PDF names the Debian packages; the rest of the import works as before", async () => {
    const r = await importFile(bytes("cong-van-scan.pdf"), { name: "scan.pdf", ocr: { enabled: true, tools: { tesseract: "/nonexistent/tesseract", pdftoppm: "pdftoppm" } } });
    expect(r.ok).toBe(false);
    expect(r.document).toEqual({});
    const hint = `apt-get install ${OCR_PACKAGES.join(" ")}`;
    expect(r.errors).toEqual([{ path: "(file)", vi: expect.stringMatching(new RegExp(`cần OCR\\): trang 1; .*hãy cài: ${hint}$`, "u")), en: expect.stringMatching(new RegExp(`needs OCR\\): page 1; .*install: ${hint}$`, "u")) }]);
    const text = await importFile(bytes("union-huong-dan.pdf", office), { ocr: { enabled: true, tools: { tesseract: "/nonexistent/tesseract", pdftoppm: "pdftoppm" } } });
    expect(text.ok).toBe(true);
  });
});

// OCR takes about 70 s here on two cores: run with VANBAN_OCR_TESTS=1 (the 50-document sweep is bench/ocr-sweep.ts).
describe.skipIf(!hasTesseract() || !process.env.VANBAN_OCR_TESTS)("OCR with Tesseract's Vietnamese model", () => {
  test(
    "a one-page scan with a seal and an incoming stamp: header fields exact or left empty with a warning, never wrong (P-HDR)",
    async () => {
      const r = await importFile(bytes("cong-van-scan.pdf"), { name: "cong-van-scan.pdf", ocr: { enabled: true } });
      expect(r.ocr?.pages).toEqual([1]);
      // Read from the page's geometry: the issuer's column apart from the national title's.
      expect(r.document).toMatchObject({ issuer: CONG_VAN_HEADER.issuer, place: "Hà Nội", date: "2025-02-03", kind: "cong-van", subject: CONG_VAN_HEADER.subject });
      // Whatever else was read is the truth; what was not is empty and named with what OCR saw.
      const expected: Record<string, unknown> = { ...CONG_VAN_HEADER, number: 8 };
      for (const [key, value] of Object.entries(expected)) {
        const got = (r.document as Record<string, unknown>)[key];
        if (got === undefined) expect(r.warnings.some((w) => OCR_WARNINGS.test(w.code))).toBe(true);
        else expect(got).toEqual(value);
      }
      // The seal covers the signature: its words are never trusted, however sure OCR was.
      expect(r.document).not.toHaveProperty("signature");
      expect(r.warnings).toContainEqual(expect.objectContaining({ code: expect.stringMatching(OCR_WARNINGS), text: expect.stringContaining("Phạm Thị Lan Anh") }));
      const codes = r.warnings.map((w) => w.code);
      expect(codes).toContain("ocr-page");
      expect(codes).toContain("ocr-colour-removed");
      // The incoming stamp's "Số: 2001" is not the document's number.
      expect(r.document.number === undefined || r.document.number === 8).toBe(true);
    },
    OCR_TIMEOUT,
  );

  test(
    "the number written by hand into its blank is left empty, never guessed; the printed fields stay",
    async () => {
      const r = await importFile(bytes("handwritten-number-scan.pdf"), { name: "handwritten.pdf", ocr: { enabled: true } });
      expect(r.ok).toBe(false);
      expect(r.document).not.toHaveProperty("number");
      expect(r.document).toMatchObject({ place: "Hà Nội", date: "2025-02-03", kind: "cong-van" });
      expect(r.errors).toContainEqual(expect.objectContaining({ path: "number" }));
    },
    OCR_TIMEOUT,
  );

  test(
    "a bad text layer (no diacritics) is detected and the page OCR'd instead: no field keeps the layer's text",
    async () => {
      const r = await importFile(bytes("bad-layer-scan.pdf"), { name: "bad-layer.pdf", ocr: { enabled: true } });
      expect(r.warnings).toContainEqual(expect.objectContaining({ code: "ocr-bad-text-layer", en: expect.stringMatching(/without Vietnamese diacritics: read again by OCR/u) }));
      expect(r.document).toMatchObject({ issuer: CONG_VAN_HEADER.issuer, place: "Hà Nội", date: "2025-02-03", kind: "cong-van" });
      // The subject is read, or left empty because the readings differ ("thống kề" the second time).
      if (r.document.subject === undefined) expect(r.warnings).toContainEqual(expect.objectContaining({ code: expect.stringMatching(OCR_WARNINGS), text: expect.stringContaining("thống kê") }));
      else expect(r.document.subject).toBe(CONG_VAN_HEADER.subject);
      // Nothing of the layer's undiacritised text survives in a field.
      expect(JSON.stringify(r.document)).not.toMatch(/CUC VAN THU|Ha Noi/u);
    },
    OCR_TIMEOUT,
  );

  test(
    "bounds: a page limit per file and a time limit per page, each named with its page",
    async () => {
      const limited = await importFile(bytes("thong-bao-scan.pdf"), { ocr: { enabled: true, maxPages: 1 } });
      expect(limited.ok).toBe(false);
      expect(limited.ocr?.pages).toEqual([1]);
      expect(limited.errors[0]).toEqual({ path: "(page 2)", vi: "trang 2 không được OCR: quá 1 trang một tệp", en: "page 2 was not OCR'd: more than 1 pages in one file" });
      const hurried = await importFile(bytes("cong-van-scan.pdf"), { ocr: { enabled: true, pageTimeoutMs: 50 } });
      expect(hurried.ok).toBe(false);
      expect(hurried.errors[0]!.en).toMatch(/page 1 was not OCR'd within 0.05 s/u);
    },
    OCR_TIMEOUT,
  );

  test(
    "a blank scan: OCR finds no text, and the PDF is still refused as a scan, page by page",
    async () => {
      const r = await importFile(bytes("scanned.pdf", office), { name: "scanned.pdf", ocr: { enabled: true } });
      expect(r.ok).toBe(false);
      expect(r.errors).toEqual([{ path: "(file)", vi: expect.stringMatching(/cần OCR\): trang 1–2; trang 1 không có chữ, kể cả sau OCR/u), en: expect.stringMatching(/needs OCR\): pages 1–2; page 1 has no text, even after OCR/u) }]);
    },
    OCR_TIMEOUT,
  );
});
