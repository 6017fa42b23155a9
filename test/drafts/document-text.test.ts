import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DraftError, readDocumentText } from "../../src/drafts/index.js";
import { FIELDS, fieldForKey, foldKey } from "../../src/drafts/text/fields.js";
import { parseDocument } from "../../src/model/parse.js";

const HEADER = `Profile: union
Kind: Kế hoạch
Superior: TỔNG LĐLĐ VIỆT NAM
Issuer: LĐLĐ TỈNH LAI CHÂU
Number: 38
Symbol: LĐLĐ
Place: Lai Châu
Date: 2024-02-23
Subject: Thực hiện Chương trình đột phá
Recipient: Tổng LĐLĐ Việt Nam (b/c)
Recipient: Thường trực Tỉnh ủy [Báo cáo] | Ban Dân vận Tỉnh ủy [Báo cáo]
Recipient: Sở LĐTB và Xã hội (*Để phối hợp*)
Recipient: Ban Thường vụ LĐLĐ tỉnh [Để thực hiện]
Archive: VT, CSPL&QHLĐ.
Authority: TM. BAN THƯỜNG VỤ
Title: CHỦ TỊCH
Signer: Hoàng Thọ Trung`;

const BODY = `Căn cứ Nghị quyết Đại hội Công đoàn tỉnh Lai Châu lần thứ XIII, nhiệm kỳ 2023 - 2028;

I. MỤC ĐÍCH, YÊU CẦU

1. Nhằm tạo bước đột phá của tổ chức **Công đoàn** trong việc
thực hiện nhiệm vụ chăm lo.

1.1. Xây dựng đội ngũ cán bộ

a) Đào tạo *cán bộ* cơ sở.

- Một việc

+ Một việc nhỏ

Căn cứ vào kế hoạch, các đơn vị triển khai.

Trên đây là Kế hoạch./.`;

const TEXT = `${HEADER}\n---\n${BODY}\n`;

function issuesOf(text: string): DraftError["issues"] {
  try {
    readDocumentText(text);
  } catch (error) {
    expect(error).toBeInstanceOf(DraftError);
    return (error as DraftError).issues;
  }
  throw new Error("expected a DraftError");
}

describe("document text: reading", () => {
  it("reads a whole document into a valid Document", () => {
    const doc = readDocumentText(TEXT);
    expect(parseDocument(doc)).toEqual(doc);
    expect(doc).toMatchObject({
      profile: "union",
      kind: "ke-hoach",
      issuer: { superior: ["TỔNG LĐLĐ VIỆT NAM"], body: ["LĐLĐ TỈNH LAI CHÂU"] },
      number: 38,
      symbol: { issuer: "LĐLĐ" },
      place: "Lai Châu",
      date: "2024-02-23",
      subject: "Thực hiện Chương trình đột phá",
      signature: { authority: ["TM. BAN THƯỜNG VỤ"], title: "CHỦ TỊCH", name: "Hoàng Thọ Trung" },
    });
  });

  it("reads recipients with notes and groups, and drops the profile's fixed archive office", () => {
    const doc = readDocumentText(TEXT);
    expect(doc.recipients).toEqual({
      items: [
        { name: "Tổng LĐLĐ Việt Nam", note: "b/c" },
        { note: "Báo cáo", items: [{ name: "Thường trực Tỉnh ủy" }, { name: "Ban Dân vận Tỉnh ủy" }] },
        { name: "Sở LĐTB và Xã hội", note: "Để phối hợp" },
        { note: "Để thực hiện", items: [{ name: "Ban Thường vụ LĐLĐ tỉnh" }] },
      ],
      archive: { units: ["CSPL&QHLĐ"] },
    });
  });

  it("reads the body with the shared marker recognition: levels, labels, titled, items, basis, emphasis", () => {
    const { body } = readDocumentText(TEXT);
    expect(body.map((b) => [b.type, "level" in b ? b.level : "marker" in b ? b.marker : "", "label" in b ? b.label : ""])).toEqual([
      ["basis", "", ""],
      ["heading", 1, "I"],
      ["heading", 2, "1"],
      ["heading", 3, "1.1"],
      ["heading", 4, "a"],
      ["item", "-", ""],
      ["item", "+", ""],
      ["paragraph", "", ""],
      ["paragraph", "", ""],
    ]);
    // Wrapped lines join into one paragraph; **bold** becomes a run.
    expect(body[2]).toEqual({
      type: "heading",
      level: 2,
      label: "1",
      titled: false,
      content: [
        { text: "Nhằm tạo bước đột phá của tổ chức " },
        { text: "Công đoàn", bold: true },
        { text: " trong việc thực hiện nhiệm vụ chăm lo." },
      ],
    });
    expect(body[3]).toMatchObject({ titled: true, content: "Xây dựng đội ngũ cán bộ" });
    expect(body[4]).toMatchObject({ content: ["Đào tạo ", { text: "cán bộ", italic: true }, " cơ sở."].map((r) => (typeof r === "string" ? { text: r } : r)) });
  });

  it('"Căn cứ" after the first heading is an ordinary paragraph', () => {
    expect(readDocumentText(TEXT).body[7]).toEqual({ type: "paragraph", content: "Căn cứ vào kế hoạch, các đơn vị triển khai." });
  });

  it('strips the end mark "./." from the last paragraph and keeps its "." (the writer adds it)', () => {
    const { body } = readDocumentText(TEXT);
    expect(body[body.length - 1]).toEqual({ type: "paragraph", content: "Trên đây là Kế hoạch." });
  });

  it("reads the complete example of src/drafts/README.md", () => {
    const readme = readFileSync("src/drafts/README.md", "utf8");
    const example = /## Document text[\s\S]*?```\n([\s\S]*?)```/.exec(readme)![1]!;
    const doc = readDocumentText(example);
    expect(doc.kind).toBe("ke-hoach");
    expect(doc.recipients.items).toHaveLength(4);
    expect(doc.body.map((b) => b.type)).toEqual(["basis", "paragraph", "heading", "heading", "heading", "heading", "heading", "heading", "item", "item", "paragraph"]);
  });

  it("accepts Vietnamese keys, keys without diacritics, the kind's name in caps and an official date", () => {
    const vietnamese = TEXT.replace("Profile:", "Thể thức:")
      .replace("Kind: Kế hoạch", "loai van ban: KẾ HOẠCH")
      .replace("Superior:", "Cơ quan cấp trên:")
      .replace("Issuer:", "CO QUAN BAN HANH:")
      .replace("Number:", "Số:")
      .replace("Symbol:", "Ký hiệu:")
      .replace("Place:", "Địa danh:")
      .replace("Date: 2024-02-23", "Ngày: Lai Châu, ngày 23 tháng 02 năm 2024")
      .replace("Subject:", "Trích yếu:")
      .replaceAll("Recipient:", "Nơi nhận:")
      .replace("Archive:", "Lưu:")
      .replace("Authority:", "Thẩm quyền ký:")
      .replace("Title:", "Chức vụ:")
      .replace("Signer:", "Người ký:");
    expect(readDocumentText(vietnamese)).toEqual(readDocumentText(TEXT));
  });

  it("ignores a byte-order mark and Windows line ends", () => {
    expect(readDocumentText(`\uFEFF${TEXT.replaceAll("\n", "\r\n")}`)).toEqual(readDocumentText(TEXT));
  });

  it("every header key, English or Vietnamese, folds to exactly one field", () => {
    for (const field of FIELDS) for (const name of field.names) expect(fieldForKey(name)).toBe(field);
    expect(foldKey("Kính gửi")).toBe(foldKey("kinh-gui"));
    expect(fieldForKey("Kinh gui")?.id).toBe("kinhGui");
  });

  it("reads an unissued, undated draft: empty Number and Date give null", () => {
    const doc = readDocumentText(TEXT.replace("Number: 38", "Number:").replace("Date: 2024-02-23", "Date: ngày … tháng … năm 20.."));
    expect(doc.number).toBeNull();
    expect(doc.date).toBeNull();
  });

  it('reads a number suffix ("7c") and several issuer lines', () => {
    const doc = readDocumentText(TEXT.replace("Number: 38", "Number: 7c").replace("Issuer: LĐLĐ TỈNH LAI CHÂU", "Issuer: TỈNH ỦY THỪA THIÊN HUẾ | BAN TUYÊN GIÁO"));
    expect(doc.number).toBe(7);
    expect(doc.numberSuffix).toBe("c");
    expect(doc.issuer.body).toEqual(["TỈNH ỦY THỪA THIÊN HUẾ", "BAN TUYÊN GIÁO"]);
  });

  it('reads a công văn: subject without "V/v ", Kính gửi items without "- " and ";", symbol with unit', () => {
    const text = TEXT.replace("Kind: Kế hoạch", "Kind: cong-van")
      .replace("Subject: Thực hiện Chương trình đột phá", "Subject: V/v báo cáo hoạt động công đoàn năm 2023")
      .replace("Symbol: LĐLĐ", "Symbol: LĐLĐ\nUnit: VP\nTo: - Liên đoàn Lao động các huyện, thành phố;\nTo: Các Công đoàn Ngành | Các Công đoàn cơ sở.");
    const doc = readDocumentText(text);
    expect(doc.kind).toBe("cong-van");
    expect(doc.subject).toBe("báo cáo hoạt động công đoàn năm 2023");
    expect(doc.symbol).toEqual({ issuer: "LĐLĐ", unit: "VP" });
    expect(doc.kinhGui).toEqual(["Liên đoàn Lao động các huyện, thành phố", "Các Công đoàn Ngành", "Các Công đoàn cơ sở"]);
  });
});

describe("document text: the strict reader", () => {
  it("lists every problem in one error, each with its line number, in both languages", () => {
    const text = [
      "Profile: union", // 1
      "Kind: Kế hoạch", // 2
      "Colour: blue", // 3 unknown key
      "Issuer: LĐLĐ TỈNH LAI CHÂU", // 4
      "Number: ba", // 5 not a number
      "Symbol: LĐLĐ", // 6
      "Place: Lai Châu", // 7
      "Date: 2024-02-30", // 8 not a calendar date
      "Title: CHỦ TỊCH", // 9
      "Title: PHÓ CHỦ TỊCH", // 10 repeated single field
      "Signer: Hoàng Thọ Trung", // 11
      "no colon here", // 12
      "---", // 13 (Subject is missing)
      "I. MỤC ĐÍCH", // 14
      "", // 15
      "Một đoạn văn", // 16
      "- nối tiếp không có dòng trống", // 17 marker inside a paragraph
      "", // 18
      "## TIÊU ĐỀ MARKDOWN", // 19
      "", // 20
      "---", // 21 second separator
      "", // 22
      "2.", // 23 marker without text
    ].join("\n");
    const issues = issuesOf(text);
    expect(issues.map((i) => i.line)).toEqual([3, 5, 8, 10, 12, 13, 17, 19, 21, 23]);
    expect(issues.find((i) => i.line === 3)).toMatchObject({ path: "Colour" });
    expect(issues.find((i) => i.line === 3)!.en).toContain('unknown header key "Colour"');
    expect(issues.find((i) => i.line === 13)).toMatchObject({ path: "subject" });
    expect(issues.find((i) => i.line === 13)!.vi).toContain("thiếu trường tiêu đề bắt buộc Subject (Trích yếu)");
    expect(issues.find((i) => i.line === 8)!.en).toContain("not a real calendar date");
    expect(issues.find((i) => i.line === 17)!.en).toContain("continues the paragraph of line 16");
    for (const issue of issues) {
      expect(issue.vi.length).toBeGreaterThan(0);
      expect(issue.en.length).toBeGreaterThan(0);
    }
  });

  it("the error message is bilingual and names lines and fields", () => {
    let message = "";
    try {
      readDocumentText(TEXT.replace("Title: CHỦ TỊCH\n", ""));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Văn bản dạng chữ không đọc được \/ invalid document text \(1\):/);
    expect(message).toContain(
      "dòng 17 / line 17: signature.title: thiếu trường tiêu đề bắt buộc Title (Chức vụ) / required header Title (Chức vụ) is missing",
    );
  });

  it('reports a missing "---" line', () => {
    const issues = issuesOf(HEADER);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.en).toContain('missing the "---" line');
  });

  it("reports an empty body, an unknown kind and a profile that does not exist", () => {
    const issues = issuesOf(`${HEADER.replace("Kind: Kế hoạch", "Kind: Thư tình").replace("Profile: union", "Profile: ngo")}\n---\n\n`);
    expect(issues.map((i) => i.path)).toEqual(["profile", "kind", "body"]);
  });

  it("reports values the model refuses at the line they came from", () => {
    const issues = issuesOf(TEXT.replace("Symbol: LĐLĐ", "Symbol: LĐ LĐ"));
    expect(issues).toEqual([expect.objectContaining({ path: "symbol.issuer", line: 6 })]);
  });

  it('a recipient line cannot hold the archive: "Lưu" goes in Archive', () => {
    const issues = issuesOf(TEXT.replace("Recipient: Tổng LĐLĐ Việt Nam (b/c)", "Recipient: Lưu: VT"));
    expect(issues).toEqual([expect.objectContaining({ line: 10, path: "recipients.items" })]);
  });

  it("a date in the official form must name the same place as the Place field", () => {
    const issues = issuesOf(TEXT.replace("Date: 2024-02-23", "Date: Hà Nội, ngày 23 tháng 02 năm 2024"));
    expect(issues).toEqual([expect.objectContaining({ line: 8, path: "date" })]);
  });
});
