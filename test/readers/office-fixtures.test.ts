// Files as offices make them (made with LibreOffice by test/fixtures/office/make-fixtures.mjs):
// Word .docx and .doc, PDF, TCVN3 and VNI in Word runs and in text files, a scan without text.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { readDocx } from "../../src/readers/docx/read-docx.js";
import { detectType, importFile } from "../../src/readers/registry.js";
import { HEADER_FIELDS } from "../archive/support.js";

const dir = new URL("../fixtures/office/", import.meta.url).pathname;
const bytes = (name: string) => new Uint8Array(readFileSync(join(dir, name)));

// The fixtures are the union Hướng dẫn 60/HD-LĐLĐ, whose header the archive tests use too.
const UNION_HEADER = HEADER_FIELDS;
const UNION_CLOSING = {
  recipients: { items: [{ name: "Tổng LĐLĐ Việt Nam", note: "b/c" }, { name: "Các công đoàn cơ sở" }], archive: { units: ["CSPL&QHLĐ"] } },
  signature: { authority: ["TM. BAN THƯỜNG VỤ"], title: "CHỦ TỊCH", name: "Nguyễn Thị Thiện" },
};

describe("Word .docx: header and closing in borderless two-column tables", () => {
  test("union hướng dẫn: header fields, bold/italic runs, a real table, recipients and signature", async () => {
    const r = await importFile(bytes("union-huong-dan.docx"), { name: "union-huong-dan.docx" });
    expect(r.type).toBe("docx");
    expect(r.ok, JSON.stringify(r.errors)).toBe(true);
    expect(r.document).toMatchObject({ ...UNION_HEADER, ...UNION_CLOSING });
    const body = r.document.body!;
    expect(body[0]).toEqual({ type: "basis", content: "Căn cứ Chương trình công tác năm 2022 của Ban Chấp hành Liên đoàn Lao động tỉnh;" });
    expect(body).toContainEqual({ type: "heading", level: 1, label: "I", titled: true, content: "MỤC ĐÍCH, YÊU CẦU" });
    // Runs keep their emphasis, in the order the paragraph has them.
    expect(body).toContainEqual({
      type: "heading",
      level: 2,
      label: "1",
      titled: false,
      content: [{ text: "Nâng cao chất lượng hoạt động của các cấp công đoàn, " }, { text: "đúng hạn", bold: true }, { text: " và " }, { text: "hiệu quả", italic: true }, { text: "." }],
    });
    const table = body.find((b) => b.type === "table");
    expect(table).toMatchObject({ headerRows: 1, rows: [expect.any(Array), ["1", "Phát triển đoàn viên", "1.500 người"], ["2", "Thành lập công đoàn cơ sở", "15 đơn vị"]] });
  });

  test("party công văn: the Party header, V/v under the number, Kính gửi, K/T signature", async () => {
    const r = await importFile(bytes("party-cong-van.docx"), { name: "party-cong-van.docx" });
    expect(r.ok, JSON.stringify(r.errors)).toBe(true);
    expect(r.document).toMatchObject({
      profile: "party",
      kind: "cong-van",
      issuer: { superior: ["ĐẢNG BỘ TỈNH THỪA THIÊN HUẾ"], body: ["BAN TUYÊN GIÁO TỈNH ỦY"] },
      number: 215,
      place: "Thừa Thiên Huế",
      date: "2024-01-15",
      subject: "tuyên truyền kỷ niệm ngày thành lập Đảng",
      kinhGui: ["Ban Tuyên giáo các huyện ủy, thị ủy, thành ủy"],
      signature: { title: "PHÓ TRƯỞNG BAN", name: "Nguyễn Văn Thành" },
    });
  });

  test("the columns of a band table are written one after the other, issuer before the national title", () => {
    const lines = readDocx(bytes("union-huong-dan.docx")).text.split("\n");
    expect(lines.indexOf("**LĐLĐ TỈNH LAI CHÂU**")).toBeLessThan(lines.indexOf("**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**"));
    expect(lines.indexOf("- Lưu: VT, CSPL&QHLĐ.")).toBeLessThan(lines.indexOf("**TM. BAN THƯỜNG VỤ**"));
  });
});

describe("legacy encodings in Word runs (.VnTime, .VnTimeH, VNI-Times) and in text files", () => {
  test.each(["union-huong-dan-tcvn3.docx", "union-huong-dan-vni.docx"])("%s reads as the Unicode document, with a conversion warning", async (name) => {
    const r = await importFile(bytes(name), { name });
    expect(r.ok, JSON.stringify(r.errors)).toBe(true);
    expect(r.document).toMatchObject({ ...UNION_HEADER, ...UNION_CLOSING });
    expect(r.warnings.map((w) => w.code)).toContain("converted-encoding");
  });

  test.each([
    ["union-huong-dan-tcvn3.txt", "tcvn3"],
    ["union-huong-dan-vni.txt", "vni"],
  ])("%s is detected as %s and converted", async (name, encoding) => {
    const r = await importFile(bytes(name), { name });
    expect(r.encoding).toBe(encoding);
    expect(r.warnings.find((w) => w.code === "converted-encoding")?.en).toMatch(encoding === "tcvn3" ? /TCVN3/u : /VNI/u);
    // A TCVN3 text file has no font to say which lines were capitals: the header is read in lower case.
    expect(r.document).toMatchObject({ number: 60, place: "Lai Châu", date: "2022-04-01" });
    if (encoding === "vni") expect(r.document).toMatchObject({ ...UNION_HEADER, ...UNION_CLOSING });
  });
});

describe("PDF with a text layer, as LibreOffice exports it", () => {
  test("union hướng dẫn: header columns separated by position; recipients and signature", async () => {
    const r = await importFile(bytes("union-huong-dan.pdf"), { name: "union-huong-dan.pdf" });
    expect(r.type).toBe("pdf");
    expect(r.document).toMatchObject({ ...UNION_HEADER, ...UNION_CLOSING });
  });

  test("a scan without a text layer is refused as needing OCR, with the page number, never imported empty", async () => {
    const r = await importFile(bytes("scanned.pdf"), { name: "scanned.pdf" });
    expect(r.ok).toBe(false);
    expect(r.document).toEqual({});
    // LibreOffice made two pages of rules and no text.
    expect(r.errors).toEqual([{ path: "(file)", vi: expect.stringMatching(/cần OCR\): trang 1–2$/u), en: expect.stringMatching(/scanned, needs OCR\): pages 1–2$/u) }]);
  });
});

describe("the registry: type from the content, then the extension", () => {
  test("Word 97–2003 .doc is refused with a bilingual message to save it as .docx", async () => {
    const r = await importFile(bytes("union-huong-dan.doc"), { name: "archive.doc" });
    expect(r.type).toBe("doc");
    expect(r.ok).toBe(false);
    expect(r.errors[0]).toMatchObject({ path: "(file)", vi: expect.stringContaining(".docx"), en: expect.stringContaining("save it as .docx") });
  });

  test("magic bytes win over a wrong extension; text and JSON by extension", () => {
    expect(detectType(bytes("union-huong-dan.pdf"), "renamed.txt")).toBe("pdf");
    expect(detectType(bytes("union-huong-dan.docx"), "renamed.pdf")).toBe("docx");
    expect(detectType(bytes("union-huong-dan.doc"))).toBe("doc");
    expect(detectType(new TextEncoder().encode("{}"), "a.json")).toBe("json");
    expect(detectType(new TextEncoder().encode("Số: 1/KH-UBND"))).toBe("text");
  });

  test("a document JSON goes through the registry too", async () => {
    const json = readFileSync(new URL("../../examples/000-huong-dan-chu-de-2022.json", import.meta.url));
    const r = await importFile(new Uint8Array(json), { name: "x.json" });
    expect(r).toMatchObject({ ok: true, type: "json", errors: [] });
    const bad = await importFile(new TextEncoder().encode("{ not json"), { name: "x.json" });
    expect(bad).toMatchObject({ ok: false, type: "json", errors: [{ path: "(json)" }] });
  });

  test("a path that cannot be read comes back as a failure, not a throw", async () => {
    const r = await importFile(join(dir, "no-such-file.docx"));
    expect(r.ok).toBe(false);
    expect(r.errors[0]!.en).toMatch(/cannot read the file/u);
  });
});

describe("a PDF with one scanned page among text pages", () => {
  test("the page without text is named as needing OCR; the import is never valid", async () => {
    const r = await importFile(bytes("mixed-scan.pdf"), { name: "mixed-scan.pdf" });
    expect(r.ok).toBe(false);
    expect(r.errors[0]).toEqual({ path: "(page 2)", vi: "trang 2 không có lớp chữ (bản quét, cần OCR)", en: "page 2 has no text layer (scanned, needs OCR)" });
    // What page 1 says is still read.
    expect(r.document).toMatchObject({ kind: "thong-bao", number: 12 });
  });
});
