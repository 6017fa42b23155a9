import { describe, expect, test } from "vitest";
import { importText } from "../../src/readers/archive/index.js";
import { compose, HEADER, BODY, warned } from "./support.js";

const closingOf = (lines: string[], options = {}) => importText(compose({ closing: lines }), options);
const SIGN = ["", "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "Nguyễn Thị Thiện"];
const firstClosingLine = HEADER.length + BODY.length + 1;

describe("archive closing: recipients (spec §6.2)", () => {
  test("notes before or after the line's punctuation; markdown around a note (seeds 000, 001)", () => {
    const r = closingOf(["Nơi nhận:", "- Tổng LĐLĐ Việt Nam; (b/c)", "- Thường trực Tỉnh ủy (b/c);", "- Sở LĐTB và Xã hội; (*Để phối hợp*)", "- Sở Nội vụ (Phòng Tổ chức);", "- Lưu: VT, CSPL&QHLĐ.", ...SIGN]);
    expect(r.document.recipients).toEqual({
      items: [
        { name: "Tổng LĐLĐ Việt Nam", note: "b/c" },
        { name: "Thường trực Tỉnh ủy", note: "b/c" },
        { name: "Sở LĐTB và Xã hội", note: "Để phối hợp" },
        // A parenthesis that is no note stays in the name.
        { name: "Sở Nội vụ (Phòng Tổ chức)" },
      ],
      archive: { units: ["CSPL&QHLĐ"] },
    });
    // Each item line is kept verbatim for R-RCPT-2/3/5, the archive line included.
    expect(r.source.recipients?.map((l) => l.text)).toEqual([
      "- Tổng LĐLĐ Việt Nam; (b/c)",
      "- Thường trực Tỉnh ủy (b/c);",
      "- Sở LĐTB và Xã hội; (*Để phối hợp*)",
      "- Sở Nội vụ (Phòng Tổ chức);",
      "- Lưu: VT, CSPL&QHLĐ.",
    ]);
  });

  test('a note for a group of items: "- } (Báo cáo)" lines (seed 001)', () => {
    const r = closingOf([
      "Nơi nhận:",
      "- Tổng LĐLĐ Việt Nam;",
      " - Thường trực Tỉnh ủy;",
      " - Sở LĐTB và Xã hội; (*Để phối hợp*)",
      " - Ban Thường vụ LĐLĐ tỉnh;",
      " - Công đoàn các cấp;",
      " - Lưu: VT, Ban CSPL&QHLĐ.",
      "- } (*Báo cáo*)",
      "- } (*Để thực hiện*)",
      ...SIGN,
    ]);
    expect(r.document.recipients?.items).toEqual([
      { note: "Báo cáo", items: [{ name: "Tổng LĐLĐ Việt Nam" }, { name: "Thường trực Tỉnh ủy" }] },
      { name: "Sở LĐTB và Xã hội", note: "Để phối hợp" },
      { note: "Để thực hiện", items: [{ name: "Ban Thường vụ LĐLĐ tỉnh" }, { name: "Công đoàn các cấp" }] },
    ]);
    expect(r.document.recipients?.archive).toEqual({ units: ["Ban CSPL&QHLĐ"] });
    expect(warned(r, "group-notes-mismatch")).toEqual([]);
  });

  test("more grouped notes than groups is reported", () => {
    const r = closingOf(["Nơi nhận:", "- Tổng LĐLĐ Việt Nam;", "- Lưu VT.", "- } (Báo cáo)", "- } (Để thực hiện)", ...SIGN]);
    expect(r.document.recipients?.items).toEqual([{ name: "Tổng LĐLĐ Việt Nam", note: "Báo cáo" }]);
    expect(warned(r, "group-notes-mismatch")).toEqual([[firstClosingLine + 4, "- } (Để thực hiện)"]]);
  });

  test("archive lines: union with and without colon, party, drafter and copies", () => {
    const archiveOf = (line: string, options = {}) => closingOf(["Nơi nhận:", "- Như trên;", line, ...SIGN], options).document.recipients?.archive;
    expect(archiveOf("- Lưu: VT, CSPL&QHLĐ.")).toEqual({ units: ["CSPL&QHLĐ"] });
    expect(archiveOf("- Lưu VT.")).toEqual({ units: [] });
    expect(archiveOf("- Lưu: VT, NVĐP, TH(12).")).toEqual({ units: ["NVĐP"], drafter: "TH", copies: 12 });
    expect(archiveOf("- Lưu VPTU.", { profile: "party" })).toEqual({ units: ["VPTU"] });
  });

  test("a recipient name wrapped onto the next line", () => {
    const r = closingOf(["Nơi nhận:", "- Ban Chấp hành Tổng Liên đoàn Lao động", "Việt Nam (b/c);", "- Lưu VT.", ...SIGN]);
    expect(r.document.recipients?.items).toEqual([{ name: "Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam", note: "b/c" }]);
  });

  test('"Nơi nhận" in bold, recipients on the label line', () => {
    const r = closingOf(["**Nơi nhận:** - Như trên;", "- Lưu VT.", ...SIGN]);
    expect(r.document.recipients).toEqual({ items: [{ name: "Như trên" }], archive: { units: [] } });
  });

  test("a list without its Lưu line is read, and the missing archive reported", () => {
    const r = closingOf(["Nơi nhận:", "- Như trên;", ...SIGN]);
    expect(r.document.recipients).toEqual({ items: [{ name: "Như trên" }] });
    expect(r.ok).toBe(false);
    expect(r.errors.map((e) => e.path)).toEqual(["recipients.archive"]);
    expect(r.warnings.map((w) => w.code)).toContain("missing-archive");
  });
});

describe("archive closing: signature (spec §5)", () => {
  const signatureOf = (lines: string[]) => closingOf(["Nơi nhận:", "- Lưu VT.", "", ...lines]).document.signature;

  test.each([
    [["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH"], { authority: ["TM. BAN THƯỜNG VỤ"], title: "CHỦ TỊCH" }],
    [["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], { authority: ["TM. ỦY BAN NHÂN DÂN"], delegation: "KT. CHỦ TỊCH", title: "PHÓ CHỦ TỊCH" }],
    [["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], { delegation: "KT. GIÁM ĐỐC", title: "PHÓ GIÁM ĐỐC" }],
    [["Q. GIÁM ĐỐC"], { authority: ["Q. GIÁM ĐỐC"] }],
    [["TL. BỘ TRƯỞNG", "VỤ TRƯỞNG VỤ PHÁP CHẾ"], { authority: ["TL. BỘ TRƯỞNG"], title: "VỤ TRƯỞNG VỤ PHÁP CHẾ" }],
    [["TUQ. GIÁM ĐỐC", "TRƯỞNG PHÒNG TỔ CHỨC"], { authority: ["TUQ. GIÁM ĐỐC"], title: "TRƯỞNG PHÒNG TỔ CHỨC" }],
    [["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC"], { authority: ["T/M BAN THƯỜNG VỤ"], title: "PHÓ BÍ THƯ THƯỜNG TRỰC" }],
    [["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"], { delegation: "K/T TRƯỞNG BAN", title: "PHÓ TRƯỞNG BAN" }],
    [["T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG"], { authority: ["T/L BAN THƯỜNG VỤ"], title: "CHÁNH VĂN PHÒNG" }],
  ])("%j", (lines, expected) => {
    expect(signatureOf([...lines, "", "", "Nguyễn Văn An"])).toEqual({ ...expected, name: "Nguyễn Văn An" });
  });

  test("an authority prefix without a space after its dot", () => {
    expect(signatureOf(["TM.BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "Nguyễn Văn An"])).toEqual({ authority: ["TM.BAN THƯỜNG VỤ"], title: "CHỦ TỊCH", name: "Nguyễn Văn An" });
  });

  test("markdown bold across the authority and title lines, and around the name (seeds 000, 003)", () => {
    expect(signatureOf(["**TM. BAN THƯỜNG VỤ  ", "CHỦ TỊCH**", "", "", "**Hoàng Thọ Trung**"])).toEqual({
      authority: ["TM. BAN THƯỜNG VỤ"],
      title: "CHỦ TỊCH",
      name: "Hoàng Thọ Trung",
    });
  });

  test('"(Đã ký)" between title and name is dropped with a warning', () => {
    const r = closingOf(["Nơi nhận:", "- Lưu VT.", "", "GIÁM ĐỐC", "(Đã ký)", "Nguyễn Văn An"]);
    expect(r.document.signature).toEqual({ title: "GIÁM ĐỐC", name: "Nguyễn Văn An" });
    expect(warned(r, "signed-mark")).toEqual([[firstClosingLine + 4, "(Đã ký)"]]);
  });

  test("signature first, then the recipients (the two columns serialised the other way round)", () => {
    const r = closingOf(["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "Nguyễn Thị Thiện", "", "Nơi nhận:", "- Như trên;", "- Lưu VT."]);
    expect(r.document.signature).toEqual({ authority: ["TM. BAN THƯỜNG VỤ"], title: "CHỦ TỊCH", name: "Nguyễn Thị Thiện" });
    expect(r.document.recipients).toEqual({ items: [{ name: "Như trên" }], archive: { units: [] } });
  });

  test("the closing band serialised row by row, cells joined with wide gaps", () => {
    const r = closingOf(["Nơi nhận:                      TM. BAN THƯỜNG VỤ", "- Như trên;                     CHỦ TỊCH", "- Lưu VT.", "", "                               Nguyễn Thị Thiện"]);
    expect(r.document.signature).toEqual({ authority: ["TM. BAN THƯỜNG VỤ"], title: "CHỦ TỊCH", name: "Nguyễn Thị Thiện" });
    expect(r.document.recipients).toEqual({ items: [{ name: "Như trên" }], archive: { units: [] } });
  });

  test("a signature without an authority line nor a Nơi nhận block, found from the end", () => {
    const r = importText(compose({ closing: ["GIÁM ĐỐC", "", "", "Nguyễn Văn An"] }));
    expect(r.document.signature).toEqual({ title: "GIÁM ĐỐC", name: "Nguyễn Văn An" });
    expect(r.document.body).toHaveLength(2);
  });

  test("an academic title before the signer's name is kept as written and reported (R-SIG-2)", () => {
    const r = closingOf(["Nơi nhận:", "- Lưu VT.", "", "GIÁM ĐỐC", "", "TS. Nguyễn Văn An"]);
    expect(r.document.signature?.name).toBe("TS. Nguyễn Văn An");
    expect(warned(r, "signer-title")).toHaveLength(1);
  });
});
