import { describe, expect, test } from "vitest";
import { importText } from "../../src/readers/archive/index.js";
import { compose, HEADER, shape, warned } from "./support.js";

const bodyOf = (lines: string[]) => importText(compose({ body: lines }));

describe("archive body: structure (spec §7.1, R-BODY-3)", () => {
  test("headings and their levels: I. / 1. / 1.1. / a) / - / +", () => {
    const r = bodyOf(["I. NỘI DUNG", "1. Về chăm lo việc làm", "1.1. Rà soát đời sống.", "a) Đoàn viên", "- Kiểm tra, giám sát.", "+ Ban Chính sách chủ trì.", ""]);
    expect(shape(r)).toEqual(["heading1", "heading2", "heading3", "heading4", "item-", "item+"]);
    expect(r.document.body).toEqual([
      { type: "heading", level: 1, label: "I", titled: true, content: "NỘI DUNG" },
      { type: "heading", level: 2, label: "1", titled: true, content: "Về chăm lo việc làm" },
      { type: "heading", level: 3, label: "1.1", titled: false, content: "Rà soát đời sống." },
      { type: "heading", level: 4, label: "a", titled: true, content: "Đoàn viên" },
      { type: "item", marker: "-", content: "Kiểm tra, giám sát." },
      { type: "item", marker: "+", content: "Ban Chính sách chủ trì." },
    ]);
  });

  test('older markers "I -" and "1-" (party texts)', () => {
    const r = bodyOf(["I - MỤC ĐÍCH, YÊU CẦU", "1- Nâng cao nhận thức.", "II- NHIỆM VỤ", "2 - Đổi mới tổ chức", ""]);
    expect(r.document.body?.map((b) => (b.type === "heading" ? [b.level, b.label] : b.type))).toEqual([
      [1, "I"],
      [2, "1"],
      [1, "II"],
      [2, "2"],
    ]);
  });

  test("legal-basis lines before the first heading; the same words later are paragraphs", () => {
    const r = bodyOf(["Căn cứ Nghị quyết Đại hội;", "Theo đề nghị của Ban Tổ chức,", "Ban Thường vụ ban hành Kế hoạch:", "I. TỔ CHỨC THỰC HIỆN", "Căn cứ vào hướng dẫn, các đơn vị triển khai.", ""]);
    expect(shape(r)).toEqual(["basis", "basis", "paragraph", "heading1", "paragraph"]);
  });

  test("paragraphs rejoined across hard line breaks (text pasted from a web page)", () => {
    const r = bodyOf(["Thực hiện theo Quyết định số 710/QĐ-LĐLĐ, ngày 08/2/2022", "của Liên đoàn Lao động tỉnh về việc giao chỉ tiêu.", "Ban Thường vụ đề nghị các cấp thực hiện.", ""]);
    expect(r.document.body).toEqual([
      { type: "paragraph", content: "Thực hiện theo Quyết định số 710/QĐ-LĐLĐ, ngày 08/2/2022 của Liên đoàn Lao động tỉnh về việc giao chỉ tiêu." },
      { type: "paragraph", content: "Ban Thường vụ đề nghị các cấp thực hiện." },
    ]);
    // A plain hard break is ordinary wrapping, not worth a warning.
    expect(warned(r, "paragraph-rejoined")).toEqual([]);
  });

  test("a paragraph split by an empty line in mid-sentence (page break, seeds 000 and 001) is rejoined with a warning", () => {
    const r = bodyOf([
      "- Là đơn vị thường trực tham mưu; hằng năm, định kỳ tham mưu báo",
      "",
      "cáo kết quả thực hiện Kế hoạch về Tổng Liên đoàn Lao động Việt Nam.",
      "",
      "2023 - 2028 là nhiệm kỳ đầu.",
      "",
      "Một đoạn kết thúc.",
      "",
      "đoạn mới bắt đầu chữ thường nhưng câu trước đã kết thúc.",
      "",
    ]);
    expect(r.document.body).toEqual([
      { type: "item", marker: "-", content: "Là đơn vị thường trực tham mưu; hằng năm, định kỳ tham mưu báo cáo kết quả thực hiện Kế hoạch về Tổng Liên đoàn Lao động Việt Nam." },
      { type: "paragraph", content: "2023 - 2028 là nhiệm kỳ đầu." },
      { type: "paragraph", content: "Một đoạn kết thúc." },
      { type: "paragraph", content: "đoạn mới bắt đầu chữ thường nhưng câu trước đã kết thúc." },
    ]);
    expect(warned(r, "paragraph-rejoined")).toEqual([[HEADER.length + 3, "cáo kết quả thực hiện Kế hoạch về Tổng Liên đoàn Lao động Việt Nam."]]);
  });

  test("a line that starts a marker is never joined to the paragraph before it", () => {
    const r = bodyOf(["1. Về chăm lo việc làm, đời sống", "", "1.1. Tiếp tục phối hợp.", ""]);
    expect(shape(r)).toEqual(["heading2", "heading3"]);
  });

  test("emphasis from markdown ** and * becomes bold and italic runs", () => {
    const r = bodyOf(["*“Tập trung phát triển đoàn viên”.*", "Gửi báo cáo chậm nhất **ngày 05/11/2023**, kèm bảng số liệu.", ""]);
    expect(r.document.body).toEqual([
      { type: "paragraph", content: [{ text: "“Tập trung phát triển đoàn viên”.", italic: true }] },
      { type: "paragraph", content: ["Gửi báo cáo chậm nhất ", { text: "ngày 05/11/2023", bold: true }, ", kèm bảng số liệu."].map((p) => (typeof p === "string" ? { text: p } : p)) },
    ]);
  });

  test('the end mark "./." is not kept (the writer adds it); its line is the source of the last body line', () => {
    const r = bodyOf(["I. TỔ CHỨC", "Đề nghị các cấp Công đoàn triển khai thực hiện tốt./.", ""]);
    expect(r.document.body?.at(-1)).toEqual({ type: "paragraph", content: "Đề nghị các cấp Công đoàn triển khai thực hiện tốt." });
    expect(r.source.lastBodyLine).toEqual({ line: HEADER.length + 2, text: "Đề nghị các cấp Công đoàn triển khai thực hiện tốt./." });
  });

  test("markdown heading marks are noise, with a warning; the heading is read from the rest", () => {
    const r = bodyOf(["#### I. CHỦ ĐỀ HOẠT ĐỘNG", "Nội dung.", ""]);
    expect(r.document.body?.[0]).toEqual({ type: "heading", level: 1, label: "I", titled: true, content: "CHỦ ĐỀ HOẠT ĐỘNG" });
    expect(warned(r, "markdown-heading")).toEqual([[HEADER.length + 1, "#### I. CHỦ ĐỀ HOẠT ĐỘNG"]]);
  });
});
