import { describe, expect, test } from "vitest";
import { importText } from "../../src/readers/archive/index.js";
import { codes, compose, HEADER, HEADER_FIELDS, LAI_CHAU, warned } from "./support.js";

describe("archive header: number and symbol", () => {
  test('the complete fixture reads into a valid document', () => {
    const r = importText(compose());
    expect(r.errors).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.document).toMatchObject(HEADER_FIELDS);
    expect(r.warnings).toEqual([]);
  });

  test('spaces inside the symbol: "60/HD - LĐLĐ" (R-NUM-3 is the checker\'s, from the verbatim line)', () => {
    const header = HEADER.map((l) => (l.startsWith("Số") ? "Số: 60/HD - LĐLĐ" : l));
    const r = importText(compose({ header }));
    expect(r.document).toMatchObject({ number: 60, symbol: { issuer: "LĐLĐ" }, kind: "huong-dan" });
    expect(warned(r, "symbol-spaces")).toEqual([[3, "Số: 60/HD - LĐLĐ"]]);
    expect(r.source.numberLine).toEqual({ line: 3, text: "Số: 60/HD - LĐLĐ" });
  });

  test('spaces on both sides of "/" and "-": "89 / TTr - LĐTBXH" gives a Tờ trình', () => {
    const r = importText(["Số: 89 / TTr - LĐTBXH", "Hà Nội, ngày 05 tháng 01 năm 2020", "", "Nội dung."].join("\n"));
    expect(r.document).toMatchObject({ number: 89, symbol: { issuer: "LĐTBXH" }, kind: "to-trinh" });
    expect(r.document.symbol).not.toHaveProperty("typeCode");
    expect(codes(r)).toContain("kind-from-symbol");
  });

  test('a missing colon: "Số 60/HD-LĐLĐ" in a union document', () => {
    const header = HEADER.map((l) => (l.startsWith("Số") ? "Số 60/HD-LĐLĐ" : l));
    const r = importText(compose({ header }));
    expect(r.document).toMatchObject({ number: 60, symbol: { issuer: "LĐLĐ" }, profile: "union" });
    expect(warned(r, "number-colon")).toEqual([[3, "Số 60/HD-LĐLĐ"]]);
  });

  test('"Số : 2917 /SGDĐT-VP": space before the colon and before the slash; a công văn symbol', () => {
    const r = importText(["Số : 2917 /SGDĐT-VP", "V/v tuyển sinh năm 2024", "", "Nội dung."].join("\n"));
    expect(r.document).toMatchObject({ number: 2917, symbol: { issuer: "SGDĐT", unit: "VP" }, kind: "cong-van", subject: "tuyển sinh năm 2024" });
  });

  test("a number suffix and a blank draft number", () => {
    expect(importText("Số: 07c/NQ-BCH\n").document).toMatchObject({ number: 7, numberSuffix: "c", kind: "nghi-quyet", symbol: { issuer: "BCH" } });
    const draft = importText("Số:      /HD-LĐLĐ\n");
    expect(draft.document.number).toBeNull();
    expect(warned(draft, "number-blank")).toEqual([[1, "Số:      /HD-LĐLĐ"]]);
  });

  test("a blank number whose separator is gone too (a scan's handwritten digits removed): the symbol is still read", () => {
    const union = importText("Số: HD-LĐLĐ\n");
    expect(union.document).toMatchObject({ number: null, kind: "huong-dan", symbol: { issuer: "LĐLĐ" } });
    expect(warned(union, "number-blank")).toEqual([[1, "Số: HD-LĐLĐ"]]);
    const party = importText("Số KH/TU\n");
    expect(party.document).toMatchObject({ number: null, kind: "ke-hoach", symbol: { issuer: "TU" }, profile: "party" });
    // A speck or a rule before the place ("__ Thái Nguyên") is no part of it.
    expect(importText("Số: 5/HD-LĐLĐ\n__ Thái Nguyên, ngày 12 tháng 5 năm 2014\n").document).toMatchObject({ place: "Thái Nguyên", date: "2014-05-12" });
    // Words after "Số:" are no symbol: lower case, or one group alone.
    expect(importText("Số: văn-bản\n").document.symbol).toBeUndefined();
    expect(importText("Số: UBND\n").document.symbol).toBeUndefined();
  });

  test('a line of "/" and a symbol alone ("/UBND-KTTH", its "Số:" lost on a scan) is the number line of a blank number, never an issuer\'s line', () => {
    const r = importText("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n/UBND-KTTH\nV/v tham gia ý kiến\n\nKính gửi: Sở Tài chính\n");
    expect(r.document).toMatchObject({ number: null, kind: "cong-van", symbol: { issuer: "UBND", unit: "KTTH" }, issuer: { body: ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"] } });
    expect(warned(r, "number-label-missing")).toEqual([[3, "/UBND-KTTH"]]);
    // "Số /UBND-KTTH": the colon gone with the number.
    expect(importText("SỞ NỘI VỤ\nSố /UBND-KTTH\n").document).toMatchObject({ number: null, symbol: { issuer: "UBND", unit: "KTTH" } });
    expect(importText("SỞ NỘI VỤ\nSố/lượng\n").document.symbol).toBeUndefined();
    // One group, or words after it, is no symbol.
    expect(importText("SỞ NỘI VỤ\n/UBND\n").document.symbol).toBeUndefined();
    expect(importText("SỞ NỘI VỤ\n/UBND-KTTH và các đơn vị\n").document.symbol).toBeUndefined();
  });

  test('a handwritten number\'s or day\'s traces ("32)", "@3", "0I") are no value: the number or date is empty with a warning, the symbol and the place stand', () => {
    const r = importText("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 32) /BC-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nQuảng Ngãi, ngày @3 tháng 0I năm 2025\n\nBÁO CÁO\nTình hình tháng 01\n");
    expect(r.document).toMatchObject({ number: null, kind: "bao-cao", symbol: { issuer: "UBND" }, place: "Quảng Ngãi" });
    expect(r.document.date ?? null).toBeNull();
    expect(warned(r, "number-digits-unreadable")).toEqual([[3, "Số: 32) /BC-UBND"]]);
    expect(warned(r, "date-unreadable")).toEqual([[6, "Quảng Ngãi, ngày @3 tháng 0I năm 2025"]]);
    // A printed number and day are read as ever; the year must be printed.
    expect(importText("Số: 32/BC-UBND\nQuảng Ngãi, ngày 13 tháng 01 năm 2025\n").document).toMatchObject({ number: 32, date: "2025-01-13", place: "Quảng Ngãi" });
    expect(importText("Số: 5/BC-UBND\nQuảng Ngãi, ngày @3 tháng 0I năm 20z5\n").document.place).toBeUndefined();
  });

  test('the "/" lost between the number and the symbol ("1006QĐ-SNV", an OCR slip): read as if there, with a warning', () => {
    const r = importText("Số: 1006QĐ-SNV\n");
    expect(r.document).toMatchObject({ number: 1006, kind: "quyet-dinh", symbol: { issuer: "SNV" } });
    expect(warned(r, "number-slash-missing")).toEqual([[1, "Số: 1006QĐ-SNV"]]);
    expect(importText("Số:1892HD-LĐLĐ\n").document).toMatchObject({ number: 1892, kind: "huong-dan", symbol: { issuer: "LĐLĐ" } });
    // A suffix is a small letter; one group alone after the digits is no symbol.
    expect(importText("Số: 07c/NQ-BCH\n").document).toMatchObject({ number: 7, numberSuffix: "c" });
    expect(importText("Số: 1006QĐ\n").document.symbol).toBeUndefined();
  });

  test("a type code the profile lacks still names the kind, and is kept in the symbol", () => {
    const r = importText(["ỦY BAN NHÂN DÂN HUYỆN ĐÔNG ANH", "Số: 05/KL-UBND", "Hà Nội, ngày 05 tháng 12 năm 2024", "", "Nội dung."].join("\n"));
    expect(r.document).toMatchObject({ profile: "nd30", kind: "ket-luan", symbol: { issuer: "UBND", typeCode: "KL" } });
  });

  test("a type code that differs from the profile's code for the kind is kept (union công văn cited as CV-LĐLĐ)", () => {
    const r = importText(["Số: 1124/CV-LĐLĐ", "V/v thực hiện Quyết định 6696", "", "Nội dung."].join("\n"), LAI_CHAU_OPTIONS);
    expect(r.document).toMatchObject({ kind: "cong-van", symbol: { issuer: "LĐLĐ", typeCode: "CV" } });
    expect(codes(r)).toContain("type-code-differs");
  });
});

const LAI_CHAU_OPTIONS = { defaults: LAI_CHAU };

describe("archive header: date line (R-DATE-1)", () => {
  test("a date line fused to the next line: the type name after the year is read as its own line", () => {
    const header = ["Số: 60/HD-LĐLĐ", "Lai Châu, ngày 01 tháng 4 năm 2022HƯỚNG DẪN", "Thực hiện chủ đề hoạt động công đoàn năm 2022", ""];
    const r = importText(compose({ header }), LAI_CHAU_OPTIONS);
    expect(r.document).toMatchObject({ place: "Lai Châu", date: "2022-04-01", kind: "huong-dan", subject: "Thực hiện chủ đề hoạt động công đoàn năm 2022" });
    expect(warned(r, "date-fused")).toEqual([[2, "Lai Châu, ngày 01 tháng 4 năm 2022HƯỚNG DẪN"]]);
    expect(r.ok).toBe(true);
  });

  test("a date line fused to the first body paragraph keeps that paragraph in the body", () => {
    const r = importText(["Số: 18/LĐLĐ-VP", "V/v báo cáo năm 2023", "Lai Châu, ngày 25 tháng 10 năm 2023 Thực hiện Công văn số 7735.", ""].join("\n"));
    expect(r.document.date).toBe("2023-10-25");
    expect(r.document.body?.[0]).toEqual({ type: "paragraph", content: "Thực hiện Công văn số 7735." });
  });

  test("number and date fused on one line (two header columns joined by OCR)", () => {
    const r = importText(["Số: 60/HD - LĐLĐ Lai Châu, ngày 01 tháng 4 năm 2022", "HƯỚNG DẪN", "Thực hiện chủ đề năm 2022", "", "Nội dung."].join("\n"));
    expect(r.document).toMatchObject({ number: 60, symbol: { issuer: "LĐLĐ" }, place: "Lai Châu", date: "2022-04-01", kind: "huong-dan" });
    expect(r.source.numberLine?.line).toBe(1);
    expect(r.source.dateLine?.line).toBe(1);
  });

  test("an impossible date is not invented into a real one", () => {
    const r = importText(["Số: 60/HD-LĐLĐ", "Lai Châu, ngày 31 tháng 02 năm 2022", "HƯỚNG DẪN", "Thực hiện", "", "Nội dung."].join("\n"));
    expect(r.document).not.toHaveProperty("date");
    expect(warned(r, "date-invalid")).toEqual([[2, "Lai Châu, ngày 31 tháng 02 năm 2022"]]);
    expect(r.errors.map((e) => e.path)).toContain("date");
  });

  test("a blank draft date reads as null (an undated draft), with a warning", () => {
    const r = importText(["Số:      /HD-LĐLĐ", "Lai Châu, ngày      tháng      năm 20..", "HƯỚNG DẪN", "Thực hiện", "", "Nội dung."].join("\n"));
    expect(r.document).toMatchObject({ place: "Lai Châu", date: null, number: null });
    expect(warned(r, "date-blank")).toEqual([[2, "Lai Châu, ngày      tháng      năm 20.."]]);
  });

  test("the place spelled with other diacritics than the default takes the default spelling (seed 004)", () => {
    const r = importText(compose({ header: ["Số 24-KH/TU", "Thừa Thiên Hué, ngày 15 tháng 11 năm 2021", "KẾ HOẠCH", "thực hiện Nghị quyết 02", ""] }), {
      place: "Thừa Thiên Huế",
    });
    expect(r.document.place).toBe("Thừa Thiên Huế");
    // The value printed is the default's spelling, so the field says it came from the defaults.
    expect(r.fields.place).toBe("default");
    expect(warned(r, "place-spelling")).toEqual([[2, "Thừa Thiên Hué, ngày 15 tháng 11 năm 2021"]]);
    const warning = r.warnings.find((w) => w.code === "place-spelling")!;
    expect(warning.en).toMatch(/default's spelling .* used because the text's differs only in its diacritics: "Thừa Thiên Hué" → "Thừa Thiên Huế"/);
    expect(warning.vi).toMatch(/chính tả địa danh của mặc định/);
  });

  test("a place the text spells like the default keeps the text as its origin", () => {
    const r = importText(compose(), { place: "Lai Châu" });
    expect(r.document.place).toBe("Lai Châu");
    expect(r.fields.place).toBe("text");
    expect(codes(r)).not.toContain("place-spelling");
  });
});

describe("archive header: the number line ends at its symbol (OCR puts other cells after it)", () => {
  const closing = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "", "CHỦ TỊCH", "Nguyễn Văn A"];
  const body = ["Nội dung."];

  test('"Số: 15/QĐ-UBND" and "TP. Hồ Chí Minh, ngày …" across a gap: symbol, place and date each read', () => {
    const header = ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "Số: 15/QĐ-UBND        TP. Hồ Chí Minh, ngày 05 tháng 01 năm 2020", "", "QUYẾT ĐỊNH", "Về việc ban hành quy chế", ""];
    const r = importText(compose({ header, body, closing }));
    expect(r.document).toMatchObject({ number: 15, symbol: { issuer: "UBND" }, place: "TP. Hồ Chí Minh", date: "2020-01-05", kind: "quyet-dinh" });
    expect(r.document.symbol).toEqual({ issuer: "UBND" });
    expect(warned(r, "header-cells")).toContainEqual([3, "Số: 15/QĐ-UBND        TP. Hồ Chí Minh, ngày 05 tháng 01 năm 2020"]);
  });

  test('"Số : 2917 /SGDĐT-VP" and "A, ngày …": spaces next to "/" are removed, the gap ends the symbol', () => {
    const header = ["SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số : 2917 /SGDĐT-VP        A, ngày 10 tháng 12 năm 2023", "V/v báo cáo số liệu", ""];
    const r = importText(compose({ header, body, closing }));
    expect(r.document).toMatchObject({ kind: "cong-van", number: 2917, place: "A", date: "2023-12-10", subject: "báo cáo số liệu" });
    expect(r.document.symbol).toEqual({ issuer: "SGDĐT", unit: "VP" });
    expect(warned(r, "symbol-spaces")).toEqual([[2, "Số : 2917 /SGDĐT-VP        A, ngày 10 tháng 12 năm 2023"]]);
  });

  test('"Số 05-TB/ĐU" and "ĐẢNG CỘNG SẢN VIỆT NAM" across a tab: the symbol and the party title', () => {
    const header = ["ĐẢNG BỘ TỈNH X", "ĐẢNG ỦY KHỐI", "*", "Số 05-TB/ĐU\tĐẢNG CỘNG SẢN VIỆT NAM", "X, ngày 02 tháng 02 năm 2020", "", "THÔNG BÁO", "Kết luận của Ban Thường vụ", ""];
    const r = importText(compose({ header, body, closing }));
    expect(r.document).toMatchObject({ profile: "party", kind: "thong-bao", number: 5, place: "X", date: "2020-02-02" });
    expect(r.document.symbol).toEqual({ issuer: "ĐU" });
    expect(codes(r)).not.toContain("unplaced-line");
  });

  test("with a single space, the text after the symbol is still its own cell; text that is no header element stays in the body with a warning", () => {
    const dated = importText(compose({ header: ["Số: 15/QĐ-UBND Quận 1, ngày 05 tháng 01 năm 2020", "QUYẾT ĐỊNH", "Về việc X", ""], body, closing }));
    expect(dated.document).toMatchObject({ symbol: { issuer: "UBND" }, place: "Quận 1", date: "2020-01-05" });
    const city = importText(compose({ header: ["Số: 15/QĐ-UBND Thành phố Hồ Chí Minh, ngày 05 tháng 01 năm 2020", "QUYẾT ĐỊNH", "Về việc X", ""], body, closing }));
    expect(city.document).toMatchObject({ symbol: { issuer: "UBND" }, place: "Thành phố Hồ Chí Minh" });
    const stray = importText(compose({ header: ["Số: 15/QĐ-UBND bản sao", "Hà Nội, ngày 05 tháng 01 năm 2020", "QUYẾT ĐỊNH", "Về việc X", ""], body, closing }));
    expect(stray.document.symbol).toEqual({ issuer: "UBND" });
    expect(warned(stray, "unplaced-line")).toEqual([[1, "Số: 15/QĐ-UBND bản sao"]]);
    expect(stray.document.body?.[0]).toEqual({ type: "paragraph", content: "bản sao" });
  });
});

describe("archive header: issuer and header columns", () => {
  test("header columns serialised one after the other (left column, then right column)", () => {
    const header = [
      "TỔNG LĐLĐ VIỆT NAM",
      "LĐLĐ TỈNH LAI CHÂU",
      "Số: 60/HD-LĐLĐ",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Lai Châu, ngày 01 tháng 4 năm 2022",
      "HƯỚNG DẪN",
      "Thực hiện chủ đề năm 2022",
      "",
    ];
    const r = importText(compose({ header }));
    expect(r.document).toMatchObject({
      issuer: { superior: ["TỔNG LĐLĐ VIỆT NAM"], body: ["LĐLĐ TỈNH LAI CHÂU"] },
      number: 60,
      date: "2022-04-01",
      kind: "huong-dan",
    });
    expect(r.fields).toMatchObject({ issuer: "text", place: "text", profile: "text" });
  });

  test("header columns serialised row by row and joined with |", () => {
    const header = [
      "| TỔNG LĐLĐ VIỆT NAM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
      "|---|---|",
      "| **LĐLĐ TỈNH LAI CHÂU** | **Độc lập - Tự do - Hạnh phúc** |",
      "| Số: 60/HD-LĐLĐ | *Lai Châu, ngày 01 tháng 4 năm 2022* |",
      "",
      "HƯỚNG DẪN",
      "Thực hiện chủ đề năm 2022",
      "",
    ];
    const r = importText(compose({ header }));
    expect(r.document).toMatchObject({
      issuer: { superior: ["TỔNG LĐLĐ VIỆT NAM"], body: ["LĐLĐ TỈNH LAI CHÂU"] },
      number: 60,
      place: "Lai Châu",
      date: "2022-04-01",
    });
    expect(r.source.numberLine).toEqual({ line: 4, text: "Số: 60/HD-LĐLĐ" });
    expect(warned(r, "header-cells").map(([line]) => line)).toEqual([1, 3, 4]);
    expect(r.ok).toBe(true);
  });

  test("header columns joined by tabs or wide gaps", () => {
    const header = ["TỈNH ỦY THỪA THIÊN HUẾ\t\tĐẢNG CỘNG SẢN VIỆT NAM", "*", "Số 24-KH/TU        Thừa Thiên Huế, ngày 15 tháng 11 năm 2021", "KẾ HOẠCH", "thực hiện Nghị quyết 02", ""];
    const r = importText(compose({ header }));
    expect(r.document).toMatchObject({ profile: "party", issuer: { body: ["TỈNH ỦY THỪA THIÊN HUẾ"] }, number: 24, symbol: { issuer: "TU" }, place: "Thừa Thiên Huế" });
  });

  test('fixed titles with a capital OCR wrote as two letters ("ĐÁẢNG", "CỘÔNG HÒA") are still the titles, not issuer lines', () => {
    const party = ["TỈNH ỦY THỪA THIÊN HUẾ", "Số 24-KH/TU", "ĐÁẢNG CỘNG SẢN VIỆT NAM", "Thừa Thiên Huế, ngày 15 tháng 11 năm 2021", "KẾ HOẠCH", "thực hiện Nghị quyết 02", ""];
    expect(importText(compose({ header: party })).document).toMatchObject({ profile: "party", issuer: { body: ["TỈNH ỦY THỪA THIÊN HUẾ"] }, number: 24 });
    const state = ["UBND TỈNH LAI CHÂU", "SỞ NỘI VỤ", "Số: 12/KH-SNV", "CỘÔNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạạnh phúc", "Lai Châu, ngày 15 tháng 11 năm 2021", "KẾ HOẠCH", "Đào tạo năm 2025", ""];
    expect(importText(compose({ header: state })).document.issuer).toEqual({ superior: ["UBND TỈNH LAI CHÂU"], body: ["SỞ NỘI VỤ"] });
    // A speck at a title's end or start (scan 80 of the held-out sweep: "… VIỆT NAM." had become an issuer line).
    const specks = ["TỔNG LĐLĐ VIỆT NAM", "LĐLĐ TỈNH LAI CHÂU", "Số: 12/HD-LĐLĐ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM.", "- Độc lập - Tự do - Hạnh phúc", "Lai Châu, ngày 15 tháng 11 năm 2021", "HƯỚNG DẪN", "Thực hiện chủ đề năm 2022", ""];
    expect(importText(compose({ header: specks })).document.issuer).toEqual({ superior: ["TỔNG LĐLĐ VIỆT NAM"], body: ["LĐLĐ TỈNH LAI CHÂU"] });
  });

  test("the header's two columns read as one line, the national title or the motto last: the issuer's line and the title apart (an embassy's line, naming a place after the title, stays whole)", () => {
    // Scan 56 of the held-out sweep: no gap between the columns, a speck between them.
    const joined = ["UBND TỈNH THÁI NGUYÊN. CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ NỘI VỤ Độc lập - Tự do - Hạnh phúc", "Số: 12/KH-SNV", "Thái Nguyên, ngày 15 tháng 11 năm 2021", "KẾ HOẠCH", "Đào tạo năm 2025", ""];
    expect(importText(compose({ header: joined })).document.issuer).toEqual({ superior: ["UBND TỈNH THÁI NGUYÊN"], body: ["SỞ NỘI VỤ"] });
    const embassy = ["ĐẠI SỨ QUÁN NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TẠI LÀO", "Số: 12/KH-ĐSQ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Viêng Chăn, ngày 15 tháng 11 năm 2021", "KẾ HOẠCH", "Đào tạo năm 2025", ""];
    expect(importText(compose({ header: embassy })).document.issuer).toEqual({ body: ["ĐẠI SỨ QUÁN NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TẠI LÀO"] });
  });

  test("a three-line issuer: the first line is the superior body, the rest the issuing body", () => {
    const header = ["BỘ NỘI VỤ", "CỤC VĂN THƯ VÀ LƯU TRỮ", "NHÀ NƯỚC", "Số: 05/KH-VTLTNN", "Hà Nội, ngày 10 tháng 01 năm 2025", "KẾ HOẠCH", "Đào tạo năm 2025", ""];
    const r = importText(compose({ header }));
    expect(r.document.issuer).toEqual({ superior: ["BỘ NỘI VỤ"], body: ["CỤC VĂN THƯ VÀ LƯU TRỮ", "NHÀ NƯỚC"] });
  });

  test("a line the reader cannot place in the header stays in the body, with a warning", () => {
    const header = ["Mẫu số 1.1 kèm theo công văn", "Số: 60/HD-LĐLĐ", "Lai Châu, ngày 01 tháng 4 năm 2022", "HƯỚNG DẪN", "Thực hiện chủ đề năm 2022", ""];
    const r = importText(compose({ header }));
    expect(r.document.number).toBe(60);
    expect(r.document.body?.[0]).toEqual({ type: "paragraph", content: "Mẫu số 1.1 kèm theo công văn" });
    expect(warned(r, "unplaced-line")).toEqual([[1, "Mẫu số 1.1 kèm theo công văn"]]);
  });

  test("text whose diacritics were lost is still read", () => {
    const r = importText(
      ["So: 60/HD-LDLD", "Lai Chau, ngay 01 thang 4 nam 2022", "HUONG DAN", "Thuc hien chu de nam 2022", "", "I. CAC CHI TIEU", "Noi dung.", "Noi nhan:", "- Lưu: VT.", "TM. BAN THUONG VU", "CHU TICH", "Nguyen Thi Thien"].join("\n"),
      LAI_CHAU_OPTIONS,
    );
    expect(r.document).toMatchObject({ number: 60, symbol: { issuer: "LDLD" }, kind: "huong-dan", date: "2022-04-01", place: "Lai Châu" });
    expect(r.document.signature).toEqual({ authority: ["TM. BAN THUONG VU"], title: "CHU TICH", name: "Nguyen Thi Thien" });
    expect(warned(r, "place-spelling")).toHaveLength(1);
  });
});

describe("archive header: profile from the evidence (issue #3)", () => {
  const body = ["Nội dung."];
  const closing = ["Nơi nhận:", "- Lưu VT.", "", "CHỦ TỊCH", "Nguyễn Văn A"];
  const profileOf = (header: string[], c = closing) => importText(compose({ header, body, closing: c }));

  test("party: ĐẢNG CỘNG SẢN VIỆT NAM", () => {
    const r = profileOf(["ĐẢNG CỘNG SẢN VIỆT NAM", "Số: 12/TU", ""]);
    expect(r.document.profile).toBe("party");
    expect(r.fields.profile).toBe("text");
  });

  test('party: a "Số N-XX/YY" number; the party code CV of a công văn is not repeated in the symbol', () => {
    const r = profileOf(["Số 357-CV/TU", ""]);
    expect(r.document).toMatchObject({ profile: "party", kind: "cong-van", number: 357, symbol: { issuer: "TU" } });
    expect(r.document.symbol).not.toHaveProperty("typeCode");
  });

  test("party: T/M or K/T in the signature", () => {
    expect(profileOf(["Số: 12/TU", ""], ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn A"]).document.profile).toBe("party");
    expect(profileOf(["Số: 12/TU", ""], ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Văn A"]).document.profile).toBe("party");
  });

  test('party: a "*" under the issuer', () => {
    const r = profileOf(["TỈNH ỦY THỪA THIÊN HUẾ", "*", "Số: 12/TU", ""]);
    expect(r.document.profile).toBe("party");
    expect(codes(r)).not.toContain("stray-star");
  });

  test("union: Liên đoàn Lao động or Công đoàn issuers", () => {
    expect(profileOf(["LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU", "Số: 12/BC", ""]).document.profile).toBe("union");
    expect(profileOf(["CÔNG ĐOÀN NGÀNH GIÁO DỤC", "Số: 12/BC", ""]).document.profile).toBe("union");
  });

  test("nd30 otherwise, as an inference", () => {
    const r = profileOf(["ỦY BAN NHÂN DÂN TỈNH LAI CHÂU", "Số: 12/UBND-VX", ""]);
    expect(r.document.profile).toBe("nd30");
    expect(r.fields.profile).toBe("inferred");
  });

  test("the text's evidence wins over a default profile, with a warning", () => {
    const r = importText(compose({ header: ["ĐẢNG CỘNG SẢN VIỆT NAM", "Số 24-KH/TU", ""], body, closing }), { profile: "union" });
    expect(r.document.profile).toBe("party");
    expect(warned(r, "profile-differs")).toEqual([[1, "ĐẢNG CỘNG SẢN VIỆT NAM"]]);
  });

  test("with no evidence the default profile is used", () => {
    const r = importText(compose({ header: ["Số: 12/BC", ""], body, closing }), { profile: "party" });
    expect(r.document.profile).toBe("party");
    expect(r.fields.profile).toBe("default");
  });
});
