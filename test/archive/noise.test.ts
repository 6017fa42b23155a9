import { describe, expect, test } from "vitest";
import { importText } from "../../src/readers/archive/index.js";
import { codes, compose, HEADER, BODY, warned } from "./support.js";

describe("archive noise: dropped with a warning on its line", () => {
  test('an incoming-document stamp on one line and fields below it ("ĐẾN Số: … / Ngày: … / Chuyển:", seed 004)', () => {
    const body = ["ĐỀN\tSố: 17&2", "\tNgày: 17/11/21", "\tChuyển:", "", ...BODY];
    const r = importText(compose({ body }));
    expect(warned(r, "stamp-dropped")).toEqual([
      [HEADER.length + 1, "ĐỀN\tSố: 17&2"],
      [HEADER.length + 2, "\tNgày: 17/11/21"],
      [HEADER.length + 3, "\tChuyển:"],
    ]);
    expect(r.document.number).toBe(60);
    expect(r.document.body?.[0]).toMatchObject({ type: "heading", level: 1 });
    expect(r.ok).toBe(true);
  });

  test('a secrecy or urgency mark read with its box\'s sides (":MẬT", "|KHẨN|", "[MẬT]") is the mark, not the subject', () => {
    for (const [line, key, value] of [[":MẬT", "secrecy", "MẬT"], ["|KHẨN|", "urgency", "KHẨN"], ["[TỐI MẬT]", "secrecy", "TỐI MẬT"]] as const) {
      const header = [...HEADER.slice(0, 3), line, ...HEADER.slice(3)];
      const r = importText(compose({ header }));
      expect(r.document[key], line).toBe(value);
      expect(r.document.subject, line).toBe("Thực hiện chủ đề hoạt động công đoàn năm 2022");
    }
  });

  test("a stamp whose number field sits on its own line is not read as the number line", () => {
    const header = ["ĐẾN", "Số: 1725", "Ngày: 17/11/2021", "Chuyển: VP", ...HEADER];
    const r = importText(compose({ header }));
    expect(r.document.number).toBe(60);
    expect(warned(r, "stamp-dropped").map(([line]) => line)).toEqual([1, 2, 3, 4]);
  });

  test("a body line that merely starts with Đến is not a stamp", () => {
    const r = importText(compose({ body: ["Đến năm 2030, phấn đấu đạt 90.000 đoàn viên.", ""] }));
    expect(r.document.body).toEqual([{ type: "paragraph", content: "Đến năm 2030, phấn đấu đạt 90.000 đoàn viên." }]);
    expect(codes(r)).not.toContain("stamp-dropped");
  });

  test('stray "*" lines and horizontal rules in the body; the Party "*" under the issuer stays silent', () => {
    const r = importText(compose({ header: ["TỈNH ỦY THỪA THIÊN HUẾ", "*", "Số 24-KH/TU", "Thừa Thiên Huế, ngày 15 tháng 11 năm 2021", "KẾ HOẠCH", "thực hiện Nghị quyết 02", "-----", ""], body: ["I. MỤC ĐÍCH", "*", "Nội dung.", "***", "Nội dung tiếp.", ""] }));
    expect(r.document.profile).toBe("party");
    const start = 8;
    expect(warned(r, "stray-star")).toEqual([[start + 2, "*"]]);
    expect(warned(r, "markdown-rule")).toEqual([[start + 4, "***"]]);
    expect(r.document.body).toHaveLength(3);
  });

  test("a page number between two pages is dropped, and the paragraph it cut is rejoined", () => {
    const body = ["I. NỘI DUNG", "Tập trung chỉ đạo triển khai thực hiện tốt Nghị quyết, nhiệm kỳ", "", "- 2 -", "", "2023 - 2028 của Công đoàn tỉnh.", ""];
    const r = importText(compose({ body }));
    expect(r.document.body?.[1]).toEqual({ type: "paragraph", content: "Tập trung chỉ đạo triển khai thực hiện tốt Nghị quyết, nhiệm kỳ 2023 - 2028 của Công đoàn tỉnh." });
    expect(warned(r, "page-number")).toEqual([[HEADER.length + 4, "- 2 -"]]);
    expect(warned(r, "paragraph-rejoined")).toEqual([[HEADER.length + 6, "2023 - 2028 của Công đoàn tỉnh."]]);
  });

  test("a draft mark is dropped with a warning", () => {
    const r = importText(compose({ header: ["DỰ THẢO", ...HEADER] }));
    expect(warned(r, "draft-mark")).toEqual([[1, "DỰ THẢO"]]);
    expect(r.document.issuer).toEqual({ superior: ["TỔNG LĐLĐ VIỆT NAM"], body: ["LĐLĐ TỈNH LAI CHÂU"] });
  });
});

describe("archive: nothing is dropped silently", () => {
  test("a line of the closing the reader cannot place stays in the body as text", () => {
    const r = importText(compose({ closing: ["Nơi nhận:", "- Lưu VT.", "", "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "Nguyễn Thị Thiện", "Ghi chú: bản sao gửi kèm đĩa CD."] }));
    expect(r.document.body?.at(-1)).toEqual({ type: "paragraph", content: "Ghi chú: bản sao gửi kèm đĩa CD." });
    const last = HEADER.length + BODY.length + 8;
    expect(warned(r, "unplaced-line")).toEqual([[last, "Ghi chú: bản sao gửi kèm đĩa CD."]]);
    // The last body line, where "./." belongs, is still the body's own.
    expect(r.source.lastBodyLine?.line).toBe(HEADER.length + 3);
  });

  test("every warning carries a 1-based line number and that line's text as written", () => {
    const input = ["  ## THÔNG BÁO  ", "Số: 108/TB - LĐLĐ\r", "ĐẾN Số: 12", "", "1. Nội dung", "*"].join("\n");
    const lines = input.split("\n");
    const r = importText(input);
    expect(r.warnings.length).toBeGreaterThan(3);
    for (const w of r.warnings) {
      expect(w.line).toBeGreaterThanOrEqual(1);
      expect(w.text).toBe(lines[w.line - 1]!.replace(/\r$/, ""));
      expect(w.vi).not.toBe("");
      expect(w.en).not.toBe("");
    }
  });

  test("CRLF, CR and tabs read like LF and spaces", () => {
    const lf = compose();
    const crlf = importText(lf.replace(/\n/g, "\r\n"));
    const cr = importText(lf.replace(/\n/g, "\r"));
    const tabs = importText(lf.replace(/ /g, " \t"));
    const plain = importText(lf);
    expect(crlf.document).toEqual(plain.document);
    expect(cr.document).toEqual(plain.document);
    expect(tabs.document.body).toEqual(plain.document.body);
    expect(tabs.document.signature).toEqual(plain.document.signature);
  });
});
