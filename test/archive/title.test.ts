import { describe, expect, test } from "vitest";
import { importText } from "../../src/readers/archive/index.js";
import { codes, compose, LAI_CHAU, warned } from "./support.js";

const options = { defaults: LAI_CHAU };

describe("archive: type and subject", () => {
  test("the kind comes from the type-name line, in any case", () => {
    for (const line of ["KẾ HOẠCH", "Kế hoạch", "**KẾ HOẠCH**", "## KẾ HOẠCH"]) {
      const r = importText(compose({ header: ["Số: 38/KH-LĐLĐ", "Lai Châu, ngày 23 tháng 02 năm 2024", line, "Thực hiện Chương trình đột phá", ""] }));
      expect(r.document.kind, line).toBe("ke-hoach");
      expect(r.source.kindLine, line).toEqual({ line: 3, text: line });
    }
  });

  test("the kind comes from the symbol's type code when the type-name line was lost", () => {
    const r = importText(compose({ header: ["Số: 108/TB-LĐLĐ", "Lai Châu, ngày 14 tháng 10 năm 2024", ""] }));
    expect(r.document.kind).toBe("thong-bao");
    expect(r.fields.kind).toBe("text");
    expect(warned(r, "kind-from-symbol")).toEqual([[1, "Số: 108/TB-LĐLĐ"]]);
    // Without its type-name line the subject is not guessed.
    expect(r.document).not.toHaveProperty("subject");
    expect(codes(r)).toContain("missing-subject");
  });

  test("the subject over several lines, bold marks removed; a capitals line inside it is dropped with a warning (seed 004)", () => {
    const header = [
      "Số 24-KH/TU",
      "Thừa Thiên Huế, ngày 15 tháng 11 năm 2021",
      "KẾ HOẠCH",
      "**thực hiện Nghị quyết 02-NQ/TW, ngày 12/6/2021 của Bộ Chính trị",
      "LIÊN ĐOÀN LAO ĐỘNG TỈNH THỪA THIÊN HUẾ",
      "về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam",
      "trong tình hình mới**",
      "",
    ];
    const r = importText(compose({ header }));
    expect(r.document.subject).toBe(
      "thực hiện Nghị quyết 02-NQ/TW, ngày 12/6/2021 của Bộ Chính trị về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới",
    );
    expect(r.source.subjectLines?.map((l) => l.line)).toEqual([4, 6, 7]);
    expect(warned(r, "subject-caps-line")).toEqual([[5, "LIÊN ĐOÀN LAO ĐỘNG TỈNH THỪA THIÊN HUẾ"]]);
    // The union line inside the subject is no evidence for the union profile.
    expect(r.document.profile).toBe("party");
  });

  test("a capitals line inside the subject that names no office is kept, with a warning", () => {
    const header = ["Số: 04/KH-LĐLĐ", "Lai Châu, ngày 02 tháng 01 năm 2024", "", "KẾ HOẠCH", "Triển khai chương trình", "CHUYỂN ĐỔI SỐ", "trong công đoàn năm 2024", ""];
    const r = importText(compose({ header }), options);
    expect(r.document.subject).toBe("Triển khai chương trình CHUYỂN ĐỔI SỐ trong công đoàn năm 2024");
    expect(r.source.subjectLines?.map((l) => l.line)).toEqual([5, 6, 7]);
    expect(warned(r, "subject-caps-kept")).toEqual([[6, "CHUYỂN ĐỔI SỐ"]]);
    expect(codes(r)).not.toContain("subject-caps-line");
  });

  test("office names inside a subject are dropped as stamps", () => {
    for (const stamp of ["CÔNG ĐOÀN NGÀNH GIÁO DỤC", "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU", "SỞ NỘI VỤ", "VĂN PHÒNG TỈNH ỦY", "ĐẢNG ỦY KHỐI", "HUYỆN ỦY TAM ĐƯỜNG"]) {
      const header = ["Số: 04/KH-LĐLĐ", "Lai Châu, ngày 02 tháng 01 năm 2024", "KẾ HOẠCH", "Triển khai chương trình", stamp, "trong công đoàn năm 2024", ""];
      const r = importText(compose({ header }), options);
      expect(r.document.subject, stamp).toBe("Triển khai chương trình trong công đoàn năm 2024");
      expect(warned(r, "subject-caps-line"), stamp).toEqual([[5, stamp]]);
    }
  });

  test("a sentence right after the subject, with no empty line between them, opens the body", () => {
    const header = ["Số: 04/KH-LĐLĐ", "Lai Châu, ngày 02 tháng 01 năm 2024", "KẾ HOẠCH", "Về việc X"];
    const r = importText(compose({ header, body: ["Nội dung.", ""] }), options);
    expect(r.document.subject).toBe("Về việc X");
    expect(r.document.body?.[0]).toEqual({ type: "paragraph", content: "Nội dung." });
    // A subject that goes on after a comma is not cut.
    const wrapped = importText(compose({ header: [...header.slice(0, 3), "Về việc X,", "Y và Z.", ""] }), options);
    expect(wrapped.document.subject).toBe("Về việc X, Y và Z.");
  });

  test("the type name fused with the subject on one line", () => {
    const r = importText(compose({ header: ["Số: 38/KH-LĐLĐ", "Lai Châu, ngày 23 tháng 02 năm 2024", "KẾ HOẠCH Thực hiện Chương trình đột phá", "năm 2024", ""] }));
    expect(r.document).toMatchObject({ kind: "ke-hoach", subject: "Thực hiện Chương trình đột phá năm 2024" });
    expect(r.source.kindLine).toEqual({ line: 3, text: "KẾ HOẠCH" });
    expect(r.source.subjectLines?.map((l) => l.line)).toEqual([3, 4]);
  });

  test("when the subject was lost, a long first paragraph is not taken for it", () => {
    const paragraph = `Ban Thường vụ Liên đoàn Lao động tỉnh xây dựng Kế hoạch thực hiện ${"Chương trình khâu đột phá, ".repeat(10)}nội dung cụ thể như sau:`;
    const r = importText(compose({ header: ["Số: 38/KH-LĐLĐ", "Lai Châu, ngày 23 tháng 02 năm 2024", "KẾ HOẠCH", "", paragraph, ""] }));
    expect(r.document).not.toHaveProperty("subject");
    expect(r.document.body?.[0]).toEqual({ type: "paragraph", content: paragraph });
  });

  test("a subject ends at an empty line; the body starts after it", () => {
    const r = importText(compose({ header: ["Số: 38/KH-LĐLĐ", "Lai Châu, ngày 23 tháng 02 năm 2024", "KẾ HOẠCH", "Thực hiện Chương trình", "đột phá năm 2024", "", "Căn cứ Nghị quyết Đại hội;", ""] }));
    expect(r.document.subject).toBe("Thực hiện Chương trình đột phá năm 2024");
    expect(r.document.body?.[0]).toEqual({ type: "basis", content: "Căn cứ Nghị quyết Đại hội;" });
  });

  test("the V/v summary of a công văn over several lines, without its prefix (seed 002)", () => {
    const header = ["Số: 18/LĐLĐ", "Lai Châu, ngày 25 tháng 10 năm 2023", "V/v báo cáo hoạt động công đoàn năm 2023,", "nhiệm vụ trọng tâm năm 2024", ""];
    const r = importText(compose({ header }), options);
    expect(r.document).toMatchObject({ kind: "cong-van", subject: "báo cáo hoạt động công đoàn năm 2023, nhiệm vụ trọng tâm năm 2024", symbol: { issuer: "LĐLĐ" } });
    expect(r.source.subjectLines).toEqual([
      { line: 3, text: "V/v báo cáo hoạt động công đoàn năm 2023," },
      { line: 4, text: "nhiệm vụ trọng tâm năm 2024" },
    ]);
  });

  test("the V/v line before the date (left column first)", () => {
    const header = ["Số: 18/LĐLĐ-VP", "V/v báo cáo năm 2023", "Lai Châu, ngày 25 tháng 10 năm 2023", ""];
    const r = importText(compose({ header }), options);
    expect(r.document).toMatchObject({ kind: "cong-van", subject: "báo cáo năm 2023", date: "2023-10-25", symbol: { issuer: "LĐLĐ", unit: "VP" } });
  });
});

describe("archive: Kính gửi", () => {
  const vv = ["Số: 18/LĐLĐ", "Lai Châu, ngày 25 tháng 10 năm 2023", "V/v báo cáo năm 2023", ""];

  test("the first item on the label line, items without ';' (seed 002)", () => {
    const kinhGui = [
      "Kính gửi: - Liên đoàn Lao động các huyện, thành phố",
      "- Các Công đoàn Ngành, Công đoàn Viên chức",
      "- Các Công đoàn cơ sở Trung ương đóng trên địa bàn.",
      "",
    ];
    const r = importText(compose({ header: [...vv, ...kinhGui] }), options);
    expect(r.document.kinhGui).toEqual([
      "Liên đoàn Lao động các huyện, thành phố",
      "Các Công đoàn Ngành, Công đoàn Viên chức",
      "Các Công đoàn cơ sở Trung ương đóng trên địa bàn",
    ]);
    expect(r.source.kinhGui?.map((l) => l.line)).toEqual([5, 6, 7]);
    expect(r.document.body?.[0]).toMatchObject({ type: "heading", level: 1 });
  });

  test("the standard form: label alone, one '- ' line each ending ';' and '.'", () => {
    const r = importText(compose({ header: [...vv, "Kính gửi:", "- Sở Nội vụ;", "- Sở Tài chính.", ""] }), options);
    expect(r.document.kinhGui).toEqual(["Sở Nội vụ", "Sở Tài chính"]);
  });

  test("a single recipient on the label line", () => {
    const r = importText(compose({ header: [...vv, "Kính gửi: Ban Thường vụ Tỉnh ủy.", ""] }), options);
    expect(r.document.kinhGui).toEqual(["Ban Thường vụ Tỉnh ủy"]);
  });

  test("items whose dashes the OCR lost", () => {
    const r = importText(compose({ header: [...vv, "Kính gửi:", "Sở Nội vụ;", "Sở Tài chính.", "", "Thực hiện Công văn số 12."] }), options);
    expect(r.document.kinhGui).toEqual(["Sở Nội vụ", "Sở Tài chính"]);
    expect(r.document.body?.[0]).toEqual({ type: "paragraph", content: "Thực hiện Công văn số 12." });
  });

  test("a label without its colon", () => {
    const r = importText(compose({ header: [...vv, "Kính gửi Ban Thường vụ Tỉnh ủy", ""] }), options);
    expect(r.document.kinhGui).toEqual(["Ban Thường vụ Tỉnh ủy"]);
  });
});
