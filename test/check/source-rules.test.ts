import { describe, expect, test } from "vitest";
import { checkSource } from "../../src/check/check-document.js";
import type { ProfileId } from "../../src/model/document.js";
import type { SourceLine, SourceLines } from "../../src/model/source.js";
import { NOW } from "./documents.js";
import { ofRule, single } from "./helpers.js";

/** Lines numbered from `from`, as an import records them. */
const lines = (from: number, ...texts: string[]): SourceLine[] => texts.map((text, i) => ({ line: from + i, text }));
const one = (line: number, text: string): SourceLine => ({ line, text });

/** A union Hướng dẫn as written correctly. */
const unionText = (): SourceLines => ({
  numberLine: one(3, "Số: 60/HD-LĐLĐ"),
  dateLine: one(5, "Lai Châu, ngày 01 tháng 4 năm 2022"),
  kindLine: one(7, "HƯỚNG DẪN"),
  subjectLines: lines(9, "Thực hiện chủ đề hoạt động công đoàn năm 2022"),
  lastBodyLine: one(71, "Đề nghị phản ánh về Liên đoàn Lao động tỉnh để bổ sung kịp thời./."),
  recipients: lines(75, "- Tổng LĐLĐ Việt Nam (b/c);", "- Thường trực LĐLĐ tỉnh;", "- Lưu: VT, CSPL&QHLĐ."),
  signature: lines(81, "**TM. BAN THƯỜNG VỤ", "CHỦ TỊCH**", "Nguyễn Thị Thiện"),
});

/** A union công văn as written correctly. */
const unionLetterText = (): SourceLines => ({
  numberLine: one(3, "Số: 18/LĐLĐ-VP"),
  dateLine: one(5, "Lai Châu, ngày 25 tháng 10 năm 2023"),
  subjectLines: lines(7, "V/v báo cáo hoạt động công đoàn năm 2023,", "nhiệm vụ trọng tâm năm 2024"),
  kinhGui: lines(10, "Kính gửi:", "- Liên đoàn Lao động các huyện, thành phố;", "- Các Công đoàn Ngành, Công đoàn Viên chức."),
  lastBodyLine: one(60, "Đề nghị các đơn vị thực hiện./."),
  recipients: lines(62, "- Như trên;", "- Thường trực LĐLĐ tỉnh;", "- Lưu: VT, VP."),
  signature: lines(69, "TM. BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH", "Lương Xuân Trường"),
});

/** A Party Kế hoạch as written correctly (seed 004). */
const partyText = (): SourceLines => ({
  numberLine: one(5, "Số 24-KH/TU"),
  dateLine: one(7, "Thừa Thiên Huế, ngày 15 tháng 11 năm 2021"),
  kindLine: one(9, "KẾ HOẠCH"),
  subjectLines: lines(11, "thực hiện Nghị quyết 02-NQ/TW"),
  lastBodyLine: one(151, "8. Ban Dân vận Tỉnh ủy định kỳ báo cáo Ban Thường vụ Tỉnh ủy."),
  recipients: lines(155, "- Ban Bí thư Trung ương,", "- Văn phòng Trung ương,", "- Lưu VPTU."),
  signature: lines(166, "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Phan Ngọc Thọ"),
});

function check(source: SourceLines, profile: ProfileId, options = {}) {
  return checkSource(source, profile, { now: NOW, ...options });
}

describe("correctly written texts give zero findings", () => {
  test("union Hướng dẫn", () => expect(check(unionText(), "union")).toEqual([]));
  test("union công văn", () => expect(check(unionLetterText(), "union")).toEqual([]));
  test("the same công văn under nd30 only gets the R-SIG-3 note (a deputy under TM. signs through KT.)", () => {
    expect(check(unionLetterText(), "nd30").map((f) => `${f.rule} ${f.severity}`)).toEqual(["R-SIG-3 info"]);
  });
  test("Party Kế hoạch", () => expect(check(partyText(), "party")).toEqual([]));
});

interface Case {
  rule: string;
  name: string;
  profile: ProfileId;
  source: () => SourceLines;
  line: number;
  severity: "error" | "warning" | "info";
  expected?: string | RegExp;
  options?: Parameters<typeof checkSource>[2];
}

const u = (change: (s: SourceLines) => void) => () => {
  const s = unionText();
  change(s);
  return s;
};
const cv = (change: (s: SourceLines) => void) => () => {
  const s = unionLetterText();
  change(s);
  return s;
};
const p = (change: (s: SourceLines) => void) => () => {
  const s = partyText();
  change(s);
  return s;
};

const failing: Case[] = [
  { rule: "R-FONT-2", name: "a decomposed (NFD) line", profile: "union", source: u((s) => (s.subjectLines = lines(9, "Thực hiện chủ đề năm 2022".normalize("NFD")))), line: 9, severity: "error" },
  { rule: "R-FONT-2", name: "a VNI-encoded line", profile: "union", source: u((s) => (s.kindLine = one(7, "HÖÔÙNG DAÃN"))), line: 7, severity: "error" },
  { rule: "R-NUM-1", name: '"Số:60" without the space', profile: "union", source: u((s) => (s.numberLine = one(3, "Số:60/HD-LĐLĐ"))), line: 3, severity: "error", expected: "Số: 60/HD-LĐLĐ" },
  { rule: "R-NUM-1", name: '"Số 60" without the colon in a union text', profile: "union", source: u((s) => (s.numberLine = one(3, "Số 60/HD-LĐLĐ"))), line: 3, severity: "error", expected: "Số: 60/HD-LĐLĐ" },
  { rule: "R-NUM-2", name: '"Số: 5/KH-LĐLĐ" unpadded', profile: "union", source: u((s) => (s.numberLine = one(3, "Số: 5/HD-LĐLĐ"))), line: 3, severity: "error", expected: "Số: 05/HD-LĐLĐ" },
  { rule: "R-NUM-2", name: '"Số 5-KH/TU" unpadded in a Party text', profile: "party", source: p((s) => (s.numberLine = one(5, "Số 5-KH/TU"))), line: 5, severity: "error", expected: "Số 05-KH/TU" },
  { rule: "R-NUM-2b", name: 'a suffixed number "7c"', profile: "union", source: u((s) => (s.numberLine = one(3, "Số: 7c/HD-LĐLĐ"))), line: 3, severity: "info" },
  { rule: "R-NUM-3", name: '"Số: 60/HD - LĐLĐ" (seed 000)', profile: "union", source: u((s) => (s.numberLine = one(3, "Số: 60/HD - LĐLĐ"))), line: 3, severity: "error", expected: "Số: 60/HD-LĐLĐ" },
  { rule: "R-NUM-3", name: 'a typed document with no type code ("Số: 60/LĐLĐ")', profile: "union", source: u((s) => (s.numberLine = one(3, "Số: 60/LĐLĐ"))), line: 3, severity: "error" },
  { rule: "R-NUM-4", name: "a KH code on a Hướng dẫn", profile: "union", source: u((s) => (s.numberLine = one(3, "Số: 60/KH-LĐLĐ"))), line: 3, severity: "error", expected: "Số: 60/HD-LĐLĐ" },
  { rule: "R-NUM-4", name: '"CTR" upper-cased on a Chương trình', profile: "union", source: u((s) => { s.kindLine = one(7, "CHƯƠNG TRÌNH"); s.numberLine = one(3, "Số: 07/CTR-LĐLĐ"); }), line: 3, severity: "error", expected: "Số: 07/CTr-LĐLĐ" },
  { rule: "R-NUM-5", name: '"Số: 18/LĐLĐ" in an nd30 công văn', profile: "nd30", source: cv((s) => (s.numberLine = one(3, "Số: 18/LĐLĐ"))), line: 3, severity: "error" },
  { rule: "R-NUM-5", name: 'the cited form "1124/CV-LĐLĐ"', profile: "union", source: cv((s) => (s.numberLine = one(3, "Số: 1124/CV-LĐLĐ"))), line: 3, severity: "warning" },
  { rule: "P-NUM-1", name: '"Số 24 - KH/TU" with spaces', profile: "party", source: p((s) => (s.numberLine = one(5, "Số 24 - KH/TU"))), line: 5, severity: "error", expected: "Số 24-KH/TU" },
  { rule: "P-NUM-2", name: 'the colon form "Số: 24-KH/TU"', profile: "party", source: p((s) => (s.numberLine = one(5, "Số: 24-KH/TU"))), line: 5, severity: "error", expected: "Số 24-KH/TU" },
  { rule: "P-NUM-2", name: 'the state order "Số 24/KH-TU"', profile: "party", source: p((s) => (s.numberLine = one(5, "Số 24/KH-TU"))), line: 5, severity: "error", expected: "Số 24-KH/TU" },
  { rule: "R-DATE-1", name: "a comma away from the place", profile: "union", source: u((s) => (s.dateLine = one(5, "Lai Châu , ngày 01 tháng 4 năm 2022"))), line: 5, severity: "error", expected: "Lai Châu, ngày 01 tháng 4 năm 2022" },
  { rule: "R-DATE-1", name: "a place in lower case", profile: "union", source: u((s) => (s.dateLine = one(5, "lai Châu, ngày 01 tháng 4 năm 2022"))), line: 5, severity: "error", expected: "Lai Châu, ngày 01 tháng 4 năm 2022" },
  { rule: "R-DATE-1", name: 'a date written "01/4/2022"', profile: "union", source: u((s) => (s.dateLine = one(5, "Lai Châu, 01/4/2022"))), line: 5, severity: "error" },
  { rule: "R-DATE-2", name: '"tháng 04" padded', profile: "union", source: u((s) => (s.dateLine = one(5, "Lai Châu, ngày 01 tháng 04 năm 2022"))), line: 5, severity: "error", expected: "Lai Châu, ngày 01 tháng 4 năm 2022" },
  { rule: "R-DATE-2", name: '"tháng 2" unpadded', profile: "union", source: u((s) => (s.dateLine = one(5, "Lai Châu, ngày 23 tháng 2 năm 2024"))), line: 5, severity: "error", expected: "Lai Châu, ngày 23 tháng 02 năm 2024" },
  { rule: "R-DATE-2", name: '"ngày 1" unpadded in a Party text', profile: "party", source: p((s) => (s.dateLine = one(7, "Thừa Thiên Huế, ngày 1 tháng 11 năm 2021"))), line: 7, severity: "error", expected: "Thừa Thiên Huế, ngày 01 tháng 11 năm 2021" },
  { rule: "R-DATE-3", name: "31 June", profile: "union", source: u((s) => (s.dateLine = one(5, "Lai Châu, ngày 31 tháng 6 năm 2022"))), line: 5, severity: "error" },
  { rule: "R-DATE-3", name: "a date in the future", profile: "union", source: u((s) => (s.dateLine = one(5, "Lai Châu, ngày 02 tháng 01 năm 2025"))), line: 5, severity: "error", expected: "≤ 2025-01-01" },
  { rule: "R-VV-1", name: 'a công văn subject opening "Về việc"', profile: "union", source: cv((s) => (s.subjectLines = lines(7, "Về việc báo cáo hoạt động"))), line: 7, severity: "error", expected: "V/v báo cáo hoạt động" },
  { rule: "P-VV-1", name: 'a Party công văn subject opening "V/V:"', profile: "party", source: p((s) => { delete s.kindLine; s.numberLine = one(5, "Số 357-CV/TU"); s.subjectLines = lines(11, "V/V: triển khai nhiệm vụ"); }), line: 11, severity: "warning", expected: "triển khai nhiệm vụ" },
  { rule: "R-KG-1", name: "a công văn without Kính gửi", profile: "union", source: cv((s) => delete s.kinhGui), line: 1, severity: "error" },
  { rule: "R-KG-1", name: '"Kính gửi" without its colon', profile: "union", source: cv((s) => (s.kinhGui = lines(10, "Kính gửi Ban Thường vụ Tỉnh ủy."))), line: 10, severity: "error", expected: "Kính gửi: Ban Thường vụ Tỉnh ủy." },
  { rule: "R-KG-2", name: 'a Kính gửi line without ";" (seed 002)', profile: "union", source: cv((s) => (s.kinhGui = lines(10, "Kính gửi:", "- Liên đoàn Lao động các huyện, thành phố", "- Các Công đoàn Ngành."))), line: 11, severity: "error", expected: "- Liên đoàn Lao động các huyện, thành phố;" },
  { rule: "R-KG-2", name: 'the last Kính gửi line without "."', profile: "union", source: cv((s) => (s.kinhGui = lines(10, "Kính gửi:", "- Liên đoàn Lao động các huyện;", "- Các Công đoàn Ngành"))), line: 12, severity: "error", expected: "- Các Công đoàn Ngành." },
  { rule: "R-KG-3", name: "the first of several recipients on the label line", profile: "union", source: cv((s) => (s.kinhGui = lines(10, "Kính gửi: - Liên đoàn Lao động các huyện;", "- Các Công đoàn Ngành."))), line: 10, severity: "warning" },
  { rule: "R-KG-3", name: "a single recipient on its own line", profile: "union", source: cv((s) => (s.kinhGui = lines(10, "Kính gửi:", "- Ban Thường vụ Tỉnh ủy."))), line: 11, severity: "warning", expected: "Kính gửi: Ban Thường vụ Tỉnh ủy." },
  { rule: "R-END-1", name: 'a last body line without "./."', profile: "union", source: u((s) => (s.lastBodyLine = one(71, "Đề nghị phản ánh để bổ sung kịp thời."))), line: 71, severity: "warning", expected: "Đề nghị phản ánh để bổ sung kịp thời./." },
  { rule: "P-END-1", name: 'a Party text ending "./."', profile: "party", source: p((s) => (s.lastBodyLine = one(151, "Định kỳ báo cáo Ban Thường vụ Tỉnh ủy./."))), line: 151, severity: "info", expected: "Định kỳ báo cáo Ban Thường vụ Tỉnh ủy." },
  { rule: "R-SIG-1", name: '"T/M" in a union text', profile: "union", source: u((s) => (s.signature = lines(81, "T/M BAN THƯỜNG VỤ", "CHỦ TỊCH", "Nguyễn Thị Thiện"))), line: 81, severity: "error", expected: "TM. BAN THƯỜNG VỤ" },
  { rule: "R-SIG-2", name: '"ThS." before the name', profile: "union", source: u((s) => (s.signature = lines(81, "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "ThS. Nguyễn Thị Thiện"))), line: 83, severity: "error", expected: "Nguyễn Thị Thiện" },
  { rule: "R-SIG-3", name: "an nd30 deputy under TM.", profile: "nd30", source: u((s) => (s.signature = lines(81, "TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", "Nguyễn Văn A"))), line: 82, severity: "info", expected: "KT. CHỦ TỊCH" },
  { rule: "P-SIG-1", name: '"TM." in a Party text', profile: "party", source: p((s) => (s.signature = lines(166, "TM. BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Phan Ngọc Thọ"))), line: 166, severity: "error", expected: "T/M BAN THƯỜNG VỤ" },
  { rule: "P-SIG-2", name: '"K/T" under "T/M"', profile: "party", source: p((s) => (s.signature = lines(166, "T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ", "PHÓ BÍ THƯ", "Phan Ngọc Thọ"))), line: 167, severity: "warning" },
  { rule: "R-RCPT-2", name: 'a recipient line without ";"', profile: "union", source: u((s) => (s.recipients = lines(75, "- Tổng LĐLĐ Việt Nam (b/c);", "- Thường trực LĐLĐ tỉnh", "- Lưu: VT, CSPL&QHLĐ."))), line: 76, severity: "error", expected: "- Thường trực LĐLĐ tỉnh;" },
  { rule: "R-RCPT-2", name: 'a recipient line without "- "', profile: "union", source: u((s) => (s.recipients = lines(75, "Tổng LĐLĐ Việt Nam;", "- Lưu: VT, CSPL&QHLĐ."))), line: 75, severity: "error", expected: "- Tổng LĐLĐ Việt Nam;" },
  { rule: "R-RCPT-3", name: '"- Tổng LĐLĐ Việt Nam; (b/c)" (seed 000)', profile: "union", source: u((s) => (s.recipients = lines(75, "- Tổng LĐLĐ Việt Nam; (b/c)", "- Lưu: VT, CSPL&QHLĐ."))), line: 75, severity: "warning", expected: "- Tổng LĐLĐ Việt Nam (b/c);" },
  { rule: "R-RCPT-4", name: '"- Như kính gửi;" (seed 002)', profile: "union", source: cv((s) => (s.recipients = lines(62, "- Như kính gửi;", "- Lưu: VT, VP."))), line: 62, severity: "warning", expected: "- Như trên;" },
  { rule: "R-RCPT-5", name: '"- Lưu VT." without its colon (seeds 002, 003)', profile: "union", source: u((s) => (s.recipients = lines(75, "- Thường trực LĐLĐ tỉnh;", "- Lưu VT."))), line: 76, severity: "error", expected: "- Lưu: VT." },
  { rule: "R-RCPT-5", name: '"- Lưu: VT, CSPL&QHLD" without its "." (seed 000)', profile: "union", source: u((s) => (s.recipients = lines(75, "- Thường trực LĐLĐ tỉnh;", "- Lưu: VT, CSPL&QHLD"))), line: 76, severity: "error", expected: "- Lưu: VT, CSPL&QHLD." },
  { rule: "R-RCPT-5", name: "no archive line at all", profile: "union", source: u((s) => (s.recipients = lines(75, "- Thường trực LĐLĐ tỉnh;"))), line: 75, severity: "error", expected: "- Lưu: VT." },
  { rule: "P-RCPT-1", name: 'a Party recipient line ending with ";"', profile: "party", source: p((s) => (s.recipients = lines(155, "- Ban Bí thư Trung ương;", "- Lưu VPTU."))), line: 155, severity: "warning", expected: "- Ban Bí thư Trung ương," },
  { rule: "P-RCPT-2", name: 'a Party archive line "- Lưu: VPTU."', profile: "party", source: p((s) => (s.recipients = lines(155, "- Ban Bí thư Trung ương,", "- Lưu: VPTU."))), line: 156, severity: "warning", expected: "- Lưu VPTU." },
];

describe("each rule judged on the source lines finds its mistake, with its line", () => {
  for (const c of failing) {
    test(`${c.rule}: ${c.name}`, () => {
      const f = single(check(c.source(), c.profile, c.options), c.rule);
      expect(f.line ?? 1).toBe(c.line);
      expect(f.path).toMatch(/^source\./);
      expect(f.severity).toBe(c.severity);
      expect(f.profile).toBe(c.profile);
      if (typeof c.expected === "string") expect(f.expected).toBe(c.expected);
      else if (c.expected) expect(f.expected).toMatch(c.expected);
    });
  }
});

describe("correct variants near each mistake pass", () => {
  const passing: [string, string, ProfileId, () => SourceLines, Parameters<typeof checkSource>[2]?][] = [
    ["R-NUM-2", 'a suffixed number "7c" unpadded (R-NUM-2b)', "union", u((s) => (s.numberLine = one(3, "Số: 7c/HD-LĐLĐ")))],
    ["R-NUM-3", "a three-group symbol", "union", u((s) => (s.numberLine = one(3, "Số: 60/HD-LĐLĐ-VP")))],
    ["R-DATE-3", "a future date when allowed", "union", u((s) => (s.dateLine = one(5, "Lai Châu, ngày 02 tháng 01 năm 2030"))), { allowFutureDate: true }],
    ["R-KG-2", "a single recipient needs no dash", "union", cv((s) => (s.kinhGui = lines(10, "Kính gửi: Ban Thường vụ Tỉnh ủy.")))],
    ["R-KG-3", "a single recipient on the label line", "union", cv((s) => (s.kinhGui = lines(10, "Kính gửi: Ban Thường vụ Tỉnh ủy.")))],
    ["R-RCPT-2", "seed 001's brace-note lines are not recipients", "union", u((s) => (s.recipients = lines(141, "- Tổng LĐLĐ Việt Nam;", " - Lưu: VT, Ban CSPL&QHLĐ.", "- } (*Báo cáo*)", "- } (*Để thực hiện*)")))],
    ["R-RCPT-5", "drafter and copies on the archive line", "nd30", u((s) => (s.recipients = lines(75, "- Như trên;", "- Lưu: VT, VP, HTT(10).")))],
    ["R-RCPT-4", "no Kính gửi block, no Như trên needed", "union", u(() => {})],
    ["R-SIG-1", "a head signing with the bare title", "union", u((s) => (s.signature = lines(81, "CHỦ TỊCH", "Nguyễn Thị Thiện")))],
    ["R-SIG-3", "a deputy through KT.", "nd30", u((s) => (s.signature = lines(81, "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn A")))],
    ["R-FONT-2", "Vietnamese letters in Latin-1 (à á â ã è é ê ì í ò ó ô õ ù ú ý)", "union", u((s) => (s.subjectLines = lines(9, "Hà Nội, Bình Thuận, Sóc Trăng, Đà Lạt, Phú Yên, Trà Vinh, 30°C")))],
  ];
  for (const [rule, name, profile, source, options] of passing) {
    test(`${rule}: ${name}`, () => {
      expect(ofRule(check(source(), profile, options), rule)).toEqual([]);
    });
  }
});
