import { describe, expect, test } from "vitest";
import { fromRoman, headingMarker, itemLetter, itemLetterIndex, SectionCounter, toRoman, VIETNAMESE_ITEM_LETTERS } from "../../src/text/labels.js";
import { archiveLine, recipientLine, withEndMark } from "../../src/text/punctuation.js";
import { upperVi } from "../../src/text/case.js";
import { recognizeMarker } from "../../src/text/markers.js";

describe("section labels (spec §7.1)", () => {
  test("roman numerals round-trip 1..100", () => {
    expect(toRoman(1)).toBe("I");
    expect(toRoman(4)).toBe("IV");
    expect(toRoman(9)).toBe("IX");
    expect(toRoman(14)).toBe("XIV");
    for (let n = 1; n <= 100; n++) expect(fromRoman(toRoman(n))).toBe(n);
    expect(fromRoman("IIII")).toBeUndefined();
  });

  test("Vietnamese letter order: đ after d, no f j w z", () => {
    expect(Array.from({ length: 11 }, (_, i) => itemLetter(i + 1))).toEqual(["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l"]);
    for (const banned of ["f", "j", "w", "z"]) {
      expect(VIETNAMESE_ITEM_LETTERS as readonly string[]).not.toContain(banned);
      expect(itemLetterIndex(banned)).toBeUndefined();
    }
    expect(itemLetterIndex("đ")).toBe(5);
  });

  test("automatic numbering resets lower levels and adopts explicit labels", () => {
    const c = new SectionCounter();
    expect(c.next(1)).toBe("I");
    expect(c.next(2)).toBe("1");
    expect(c.next(3)).toBe("1.1");
    expect(c.next(3)).toBe("1.2");
    expect(c.next(4)).toBe("a");
    expect(c.next(2)).toBe("2");
    expect(c.next(3)).toBe("2.1");
    expect(c.next(1)).toBe("II");
    expect(c.next(2)).toBe("1");
    c.adopt(4, "d");
    expect(c.next(4)).toBe("đ");
    expect(headingMarker(1, "II")).toBe("II.");
    expect(headingMarker(1, "II", "-")).toBe("II-");
    expect(headingMarker(4, "đ")).toBe("đ)");
  });

  test("marker recognition, including older party markers", () => {
    expect(recognizeMarker("I. CÁC CHỈ TIÊU")).toMatchObject({ kind: "heading", level: 1, label: "I" });
    expect(recognizeMarker("II - NỘI DUNG")).toMatchObject({ kind: "heading", level: 1, label: "II" });
    expect(recognizeMarker("1.1. Tiếp tục")).toMatchObject({ kind: "heading", level: 3, label: "1.1" });
    expect(recognizeMarker("2. Nhóm 2")).toMatchObject({ kind: "heading", level: 2, label: "2" });
    expect(recognizeMarker("3- Việc")).toMatchObject({ kind: "heading", level: 2, label: "3" });
    expect(recognizeMarker("đ) Mục")).toMatchObject({ kind: "heading", level: 4, label: "đ" });
    expect(recognizeMarker("- Đẩy mạnh")).toMatchObject({ kind: "item", marker: "-" });
    expect(recognizeMarker("+ Ban Tuyên giáo")).toMatchObject({ kind: "item", marker: "+" });
    expect(recognizeMarker("2023 - 2028. Tiếp tục")).toBeUndefined();
    expect(recognizeMarker("Căn cứ Nghị quyết")).toBeUndefined();
  });
});

describe("punctuation (spec §6, §7.2)", () => {
  test("recipient lines put the note before the separator (R-RCPT-3)", () => {
    expect(recipientLine("- ", "Tổng LĐLĐ Việt Nam", "b/c", ";")).toBe("- Tổng LĐLĐ Việt Nam (b/c);");
    expect(recipientLine("- ", "Thường trực LĐLĐ tỉnh;", undefined, ";")).toBe("- Thường trực LĐLĐ tỉnh;");
    expect(recipientLine("- ", "Ban Bí thư Trung ương", undefined, ",")).toBe("- Ban Bí thư Trung ương,");
  });

  test("archive line (R-RCPT-5, P-RCPT-2)", () => {
    expect(archiveLine("- ", "Lưu: ", ["VT"], ["CSPL&QHLĐ"])).toBe("- Lưu: VT, CSPL&QHLĐ.");
    expect(archiveLine("- ", "Lưu: ", ["VT"], [])).toBe("- Lưu: VT.");
    expect(archiveLine("- ", "Lưu: ", ["VT"], ["VT", "TCCB"], "NAM", 5)).toBe("- Lưu: VT, TCCB, NAM(05).");
    expect(archiveLine("- ", "Lưu ", [], ["VPTU"])).toBe("- Lưu VPTU.");
    expect(archiveLine("- ", "Lưu: ", ["VT"], ["CSPL&QHLĐ"])).toMatch(/^- Lưu: VT(, [^,]+)*\.$/);
  });

  test("end mark ./. (R-END-1)", () => {
    expect(withEndMark("…để hướng dẫn chỉ đạo.", "./.")).toBe("…để hướng dẫn chỉ đạo./.");
    expect(withEndMark("kịp thời", "./.")).toBe("kịp thời./.");
    expect(withEndMark("đã có./.", "./.")).toBe("đã có./.");
    expect(withEndMark("kết thúc.", "")).toBe("kết thúc.");
  });

  test("Vietnamese upper-casing keeps diacritics", () => {
    expect(upperVi("Liên đoàn Lao động tỉnh Lai Châu")).toBe("LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU");
    expect(upperVi("thừa thiên huế")).toBe("THỪA THIÊN HUẾ");
  });
});
