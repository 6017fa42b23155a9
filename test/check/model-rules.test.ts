import { describe, expect, test } from "vitest";
import { checkDocument } from "../../src/check/check-document.js";
import type { Document } from "../../src/model/document.js";
import { edit, NOW, nd30Plan, partyPlan, unionGuide, unionLetter } from "./documents.js";
import { ofRule, single } from "./helpers.js";

const check = (doc: Document, options = {}) => checkDocument(doc, { now: NOW, ...options });

interface Case {
  rule: string;
  name: string;
  doc: () => Document;
  path: string;
  severity: "error" | "warning" | "info";
  expected?: string | RegExp;
  options?: Parameters<typeof checkDocument>[1];
}

/** Each case: a correct document edited into one mistake; the base document passes the rule. */
const failing: Case[] = [
  { rule: "R-FONT-2", name: "decomposed (NFD) text", doc: () => edit(unionGuide(), (d) => (d.subject = d.subject.normalize("NFD"))), path: "subject", severity: "error" },
  { rule: "R-FONT-2", name: "TCVN3 text", doc: () => edit(unionGuide(), (d) => (d.body[2] = { type: "paragraph", content: "Céng hßa x· héi chñ nghÜa ViÖt Nam" })), path: "body[2].content", severity: "error", expected: "Unicode" },
  { rule: "R-HDR-3", name: "an issuer in lower case", doc: () => edit(unionGuide(), (d) => (d.issuer.body = ["LĐLĐ tỉnh Lai Châu"])), path: "issuer.body[0]", severity: "error", expected: "LĐLĐ TỈNH LAI CHÂU" },
  { rule: "R-HDR-3", name: "a superior body in lower case", doc: () => edit(unionGuide(), (d) => (d.issuer.superior = ["Tổng LĐLĐ Việt Nam"])), path: "issuer.superior[0]", severity: "error" },
  { rule: "R-NUM-2b", name: "a number suffix", doc: () => edit(unionGuide(), (d) => (d.numberSuffix = "c")), path: "numberSuffix", severity: "info" },
  { rule: "R-NUM-3", name: "an issuer code in lower case", doc: () => edit(unionGuide(), (d) => (d.symbol.issuer = "Lđlđ")), path: "symbol.issuer", severity: "error", expected: "LĐLĐ" },
  { rule: "R-NUM-4", name: "a type code in the wrong case (Ctr)", doc: () => edit(unionGuide(), (d) => { d.kind = "chuong-trinh"; d.symbol.typeCode = "Ctr"; }), path: "symbol.typeCode", severity: "error", expected: "CTr" },
  { rule: "R-NUM-4", name: "a type code of another kind", doc: () => edit(unionGuide(), (d) => (d.symbol.typeCode = "KH")), path: "symbol.typeCode", severity: "error", expected: "HD" },
  { rule: "R-NUM-4", name: "a kind without a code in nd30 (Kết luận)", doc: () => edit(nd30Plan(), (d) => (d.kind = "ket-luan")), path: "symbol.typeCode", severity: "error" },
  { rule: "R-NUM-5", name: "an nd30 công văn without its unit", doc: () => edit(unionLetter(), (d) => { d.profile = "nd30"; delete d.symbol.unit; }), path: "symbol.unit", severity: "error" },
  { rule: "R-NUM-5", name: "a công văn with a CV type code", doc: () => edit(unionLetter(), (d) => (d.symbol.typeCode = "CV")), path: "symbol.typeCode", severity: "warning" },
  { rule: "P-NUM-1", name: "a Party issuer with a unit (24-KH/TU-VP)", doc: () => edit(partyPlan(), (d) => (d.symbol.unit = "VP")), path: "symbol", severity: "error" },
  { rule: "P-NUM-1", name: "a Party kind without a code (Dự án)", doc: () => edit(partyPlan(), (d) => (d.kind = "du-an")), path: "symbol.typeCode", severity: "error" },
  { rule: "R-DATE-1", name: "a place in lower case", doc: () => edit(unionGuide(), (d) => (d.place = "lai Châu")), path: "place", severity: "error", expected: "Lai Châu, ngày 01 tháng 4 năm 2022" },
  { rule: "R-DATE-1", name: "a place carrying its comma", doc: () => edit(unionGuide(), (d) => (d.place = "Lai Châu,")), path: "place", severity: "error", expected: "Lai Châu, ngày 01 tháng 4 năm 2022" },
  { rule: "R-DATE-3", name: "a date in the future", doc: () => edit(unionGuide(), (d) => (d.date = "2025-01-02")), path: "date", severity: "error", expected: "≤ 2025-01-01" },
  { rule: "R-TITLE-2", name: "a subject in lower case", doc: () => edit(unionGuide(), (d) => (d.subject = "thực hiện chủ đề năm 2022")), path: "subject", severity: "warning", expected: "Thực hiện chủ đề năm 2022" },
  { rule: "P-TITLE-1", name: "a Party subject with a capital", doc: () => edit(partyPlan(), (d) => (d.subject = "Thực hiện Nghị quyết 02-NQ/TW")), path: "subject", severity: "warning", expected: "thực hiện Nghị quyết 02-NQ/TW" },
  { rule: "R-VV-1", name: '"V/v" stored in the subject', doc: () => edit(unionLetter(), (d) => (d.subject = "V/v báo cáo hoạt động")), path: "subject", severity: "error", expected: "báo cáo hoạt động" },
  { rule: "P-VV-1", name: '"V/V" stored in a Party subject', doc: () => edit(partyPlan(), (d) => { d.kind = "cong-van"; d.subject = "V/V triển khai nhiệm vụ"; }), path: "subject", severity: "warning", expected: "triển khai nhiệm vụ" },
  { rule: "R-KG-1", name: "a công văn without Kính gửi", doc: () => edit(unionLetter(), (d) => delete d.kinhGui), path: "kinhGui", severity: "error" },
  { rule: "R-KG-2", name: 'a Kính gửi name ending with ";"', doc: () => edit(unionLetter(), (d) => (d.kinhGui![0] = "Liên đoàn Lao động các huyện;")), path: "kinhGui[0]", severity: "error", expected: "Liên đoàn Lao động các huyện" },
  { rule: "R-KG-2", name: 'a Kính gửi name with its "- "', doc: () => edit(unionLetter(), (d) => (d.kinhGui![1] = "- Các Công đoàn Ngành")), path: "kinhGui[1]", severity: "error", expected: "Các Công đoàn Ngành" },
  { rule: "R-BODY-4", name: "a Quyết định basis without its ;", doc: () => edit(nd30Plan(), (d) => { d.kind = "quyet-dinh"; d.body.unshift({ type: "basis", content: "Căn cứ Luật Lưu trữ" }, { type: "basis", content: "Căn cứ Nghị định số 30/2020/NĐ-CP." }); }), path: "body[0].content", severity: "warning", expected: "Căn cứ Luật Lưu trữ;" },
  { rule: "R-BODY-4", name: "a last basis ending with ;", doc: () => edit(nd30Plan(), (d) => { d.kind = "quyet-dinh"; d.body.unshift({ type: "basis", content: "Căn cứ Luật Lưu trữ;" }, { type: "basis", content: "Căn cứ Nghị định số 30/2020/NĐ-CP;" }); }), path: "body[1].content", severity: "warning", expected: /NĐ-CP\.$/ },
  { rule: "R-END-1", name: "a body ending with a table", doc: () => edit(unionGuide(), (d) => d.body.push({ type: "table", rows: [["Đơn vị", "Số lượng"]] })), path: "body[15]", severity: "warning" },
  { rule: "R-END-1", name: "a body ending with a titled heading", doc: () => edit(unionGuide(), (d) => d.body.push({ type: "heading", level: 1, label: "IV", content: "KIẾN NGHỊ" })), path: "body[15]", severity: "warning" },
  { rule: "P-END-1", name: 'a Party body ending with "./."', doc: () => edit(partyPlan(), (d) => (d.body[5] = { type: "paragraph", content: "Ban Dân vận Tỉnh ủy theo dõi, báo cáo./." })), path: "body[5].content", severity: "info", expected: /báo cáo\.$/ },
  { rule: "P-END-1", name: 'a Party body ending without "."', doc: () => edit(partyPlan(), (d) => (d.body[5] = { type: "paragraph", content: "Ban Dân vận Tỉnh ủy theo dõi, báo cáo" })), path: "body[5].content", severity: "info", expected: /báo cáo\.$/ },
  { rule: "R-SIG-1", name: 'the Party form "T/M" in a union document', doc: () => edit(unionGuide(), (d) => (d.signature.authority = ["T/M BAN THƯỜNG VỤ"])), path: "signature.authority[0]", severity: "error", expected: "TM. BAN THƯỜNG VỤ" },
  { rule: "R-SIG-1", name: '"TM" without its dot', doc: () => edit(unionGuide(), (d) => (d.signature.authority = ["TM BAN THƯỜNG VỤ"])), path: "signature.authority[0]", severity: "error", expected: "TM. BAN THƯỜNG VỤ" },
  { rule: "R-SIG-1", name: "an authority line without a prefix", doc: () => edit(unionGuide(), (d) => (d.signature.authority = ["BAN THƯỜNG VỤ"])), path: "signature.authority[0]", severity: "error" },
  { rule: "R-SIG-1", name: "an authority line not in caps", doc: () => edit(unionGuide(), (d) => (d.signature.authority = ["TM. Ban Thường vụ"])), path: "signature.authority[0]", severity: "error", expected: "TM. BAN THƯỜNG VỤ" },
  { rule: "R-SIG-1", name: "a title not in caps", doc: () => edit(unionGuide(), (d) => (d.signature.title = "Chủ tịch")), path: "signature.title", severity: "error", expected: "CHỦ TỊCH" },
  { rule: "R-SIG-2", name: "a doctor's title before the name", doc: () => edit(unionGuide(), (d) => (d.signature.name = "TS. Nguyễn Thị Thiện")), path: "signature.name", severity: "error", expected: "Nguyễn Thị Thiện" },
  { rule: "R-SIG-2", name: "PGS.TS. before a Party signer", doc: () => edit(partyPlan(), (d) => (d.signature.name = "PGS.TS. Phan Ngọc Thọ")), path: "signature.name", severity: "error", expected: "Phan Ngọc Thọ" },
  { rule: "R-SIG-3", name: "an nd30 deputy under TM. without KT.", doc: () => edit(nd30Plan(), (d) => (d.signature = { authority: ["TM. ỦY BAN NHÂN DÂN"], title: "PHÓ CHỦ TỊCH", name: "Nguyễn Văn A" })), path: "signature.title", severity: "info", expected: "KT. CHỦ TỊCH" },
  { rule: "P-SIG-1", name: 'the state form "TM." in a Party document', doc: () => edit(partyPlan(), (d) => (d.signature.authority = ["TM. BAN THƯỜNG VỤ"])), path: "signature.authority[0]", severity: "error", expected: "T/M BAN THƯỜNG VỤ" },
  { rule: "P-SIG-1", name: "a Party title naming the committee", doc: () => edit(partyPlan(), (d) => (d.signature.title = "BÍ THƯ TỈNH ỦY")), path: "signature.title", severity: "error" },
  { rule: "P-SIG-2", name: "a Party committee signing K/T", doc: () => edit(partyPlan(), (d) => (d.signature = { authority: ["T/M BAN THƯỜNG VỤ"], delegation: "K/T BÍ THƯ", title: "PHÓ BÍ THƯ", name: "Phan Ngọc Thọ" })), path: "signature.delegation", severity: "warning" },
  { rule: "R-RCPT-2", name: 'a recipient name ending with ";"', doc: () => edit(unionGuide(), (d) => (d.recipients.items[1] = { name: "Thường trực LĐLĐ tỉnh;" })), path: "recipients.items[1].name", severity: "error", expected: "Thường trực LĐLĐ tỉnh" },
  { rule: "R-RCPT-2", name: 'a grouped recipient with its "- "', doc: () => edit(unionGuide(), (d) => (d.recipients.items[2] = { note: "Để thực hiện", items: [{ name: "- Các Ban LĐLĐ tỉnh" }] })), path: "recipients.items[2].items[0].name", severity: "error", expected: "Các Ban LĐLĐ tỉnh" },
  { rule: "R-RCPT-3", name: 'a name carrying "; (b/c)"', doc: () => edit(unionGuide(), (d) => (d.recipients.items[0] = { name: "Tổng LĐLĐ Việt Nam; (b/c)" })), path: "recipients.items[0].name", severity: "warning", expected: '{"name":"Tổng LĐLĐ Việt Nam","note":"b/c"}' },
  { rule: "R-RCPT-4", name: '"Như kính gửi" first under a Kính gửi block', doc: () => edit(unionLetter(), (d) => (d.recipients.items[0] = { name: "Như kính gửi" })), path: "recipients.items[0].name", severity: "warning", expected: "Như trên" },
  { rule: "R-RCPT-5", name: "an archive unit holding the whole line", doc: () => edit(unionGuide(), (d) => (d.recipients.archive.units = ["VT, CSPL&QHLĐ."])), path: "recipients.archive.units[0]", severity: "error", expected: '["CSPL&QHLĐ"]' },
  { rule: "R-RCPT-5", name: 'an archive unit starting with "Lưu"', doc: () => edit(unionGuide(), (d) => (d.recipients.archive.units = ["Lưu VT"])), path: "recipients.archive.units[0]", severity: "error", expected: "[]" },
  { rule: "P-RCPT-1", name: 'a Party recipient ending with ","', doc: () => edit(partyPlan(), (d) => (d.recipients.items[1] = { name: "Văn phòng Trung ương," })), path: "recipients.items[1].name", severity: "warning", expected: "Văn phòng Trung ương" },
  { rule: "P-RCPT-2", name: "a Party archive line without a unit", doc: () => edit(partyPlan(), (d) => (d.recipients.archive.units = [])), path: "recipients.archive", severity: "warning" },
  { rule: "P-RCPT-2", name: 'a Party archive unit with its "."', doc: () => edit(partyPlan(), (d) => (d.recipients.archive.units = ["VPTU."])), path: "recipients.archive.units[0]", severity: "warning", expected: '["VPTU"]' },
  { rule: "R-MARK-1", name: "an urgency word of no regulation", doc: () => edit(unionGuide(), (d) => ((d as { urgency?: string }).urgency = "KHẨN CẤP")), path: "urgency", severity: "error" },
  { rule: "R-MARK-2", name: "a circulation note of no regulation", doc: () => edit(unionGuide(), (d) => ((d as { circulation?: string }).circulation = "TỐI MẬT")), path: "circulation", severity: "error" },
  { rule: "R-CITE-1", name: '"53/HD -TLĐ"', doc: () => edit(unionGuide(), (d) => (d.body[0] = { type: "basis", content: "Căn cứ Hướng dẫn số 53/HD -TLĐ, ngày 28/3/2022." })), path: "body[0].content", severity: "info", expected: "53/HD-TLĐ" },
  { rule: "R-CITE-1", name: '"710/QĐ - LĐLĐ"', doc: () => edit(unionGuide(), (d) => (d.body[2] = { type: "paragraph", content: "Theo Quyết định số 710/QĐ - LĐLĐ, ngày 08/2/2022." })), path: "body[2].content", severity: "info", expected: "710/QĐ-LĐLĐ" },
  { rule: "R-CITE-1", name: '"02 - NQ/TW" in a subject', doc: () => edit(partyPlan(), (d) => (d.subject = "thực hiện Nghị quyết số 02 - NQ/TW của Bộ Chính trị")), path: "subject", severity: "info", expected: "02-NQ/TW" },
  { rule: "R-CITE-1", name: '"53 / HD-TLĐ" in a table cell', doc: () => edit(unionGuide(), (d) => d.body.splice(2, 0, { type: "table", rows: [["Văn bản", "Hướng dẫn 53 / HD-TLĐ"]] })), path: "body[2].rows[0][1]", severity: "info", expected: "53/HD-TLĐ" },
  { rule: "R-CITE-2", name: '"03/0/2022"', doc: () => edit(unionGuide(), (d) => (d.body[2] = { type: "paragraph", content: "Kế hoạch số 179/KH-TLĐ, ngày 03/0/2022 của Đoàn Chủ tịch." })), path: "body[2].content", severity: "warning" },
  { rule: "R-CITE-2", name: '"29/2/2023"', doc: () => edit(unionGuide(), (d) => (d.body[2] = { type: "paragraph", content: "Công văn ngày 29/2/2023." })), path: "body[2].content", severity: "warning" },
];

describe("each rule judged on the model finds its mistake", () => {
  for (const c of failing) {
    test(`${c.rule}: ${c.name}`, () => {
      const f = single(check(c.doc(), c.options), c.rule);
      expect(f.path).toBe(c.path);
      expect(f.severity).toBe(c.severity);
      expect(f.message.vi).not.toBe(f.message.en);
      expect(f.fix.length).toBeGreaterThan(0);
      if (typeof c.expected === "string") expect(f.expected).toBe(c.expected);
      else if (c.expected) expect(f.expected).toMatch(c.expected);
    });
  }
});

/** Correct variants near each mistake, which must not be flagged. */
const passing: [string, string, () => Document, Parameters<typeof checkDocument>[1]?][] = [
  ["R-NUM-3", "mixed-case type codes are kept (CTr)", () => edit(unionGuide(), (d) => (d.kind = "chuong-trinh"))],
  ["R-NUM-4", "a type code override equal to the profile's", () => edit(unionGuide(), (d) => (d.symbol.typeCode = "HD"))],
  ["R-NUM-5", "a Party công văn with its CV code", () => edit(partyPlan(), (d) => { d.kind = "cong-van"; d.subject = "triển khai nhiệm vụ"; })],
  ["R-DATE-3", "a future date when allowed", () => edit(unionGuide(), (d) => (d.date = "2030-01-01")), { allowFutureDate: true }],
  ["R-DATE-3", "a date equal to the generation date", () => edit(unionGuide(), (d) => (d.date = "2025-01-01"))],
  ["R-DATE-3", "an undated draft", () => edit(unionGuide(), (d) => (d.date = null))],
  ["R-TITLE-2", "a công văn subject in lower case", () => unionLetter()],
  ["P-TITLE-1", "a Party subject opening with an abbreviation", () => edit(partyPlan(), (d) => (d.subject = "UBND tỉnh triển khai Nghị quyết"))],
  ["R-SIG-3", "a deputy with KT.", () => edit(nd30Plan(), (d) => (d.signature = { authority: ["TM. ỦY BAN NHÂN DÂN"], delegation: "KT. CHỦ TỊCH", title: "PHÓ CHỦ TỊCH", name: "Nguyễn Văn A" }))],
  ["R-SIG-3", "the union's TM. + PHÓ CHỦ TỊCH (disabled for union)", () => unionLetter()],
  ["P-SIG-1", "an advisory organ's deputy: K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN", () => edit(partyPlan(), (d) => { d.issuer = { superior: ["TỈNH ỦY THỪA THIÊN HUẾ"], body: ["BAN TUYÊN GIÁO"] }; d.signature = { authority: ["K/T TRƯỞNG BAN"], title: "PHÓ TRƯỞNG BAN", name: "Nguyễn Văn B" }; })],
  ["P-SIG-2", "an advisory organ signing K/T", () => edit(partyPlan(), (d) => { d.issuer = { superior: ["TỈNH ỦY THỪA THIÊN HUẾ"], body: ["BAN TUYÊN GIÁO"] }; d.signature = { delegation: "K/T TRƯỞNG BAN", title: "PHÓ TRƯỞNG BAN", name: "Nguyễn Văn B" }; })],
  ["R-RCPT-3", "an abbreviation in parentheses", () => edit(unionGuide(), (d) => (d.recipients.items[1] = { name: "Liên đoàn Lao động tỉnh (LĐLĐ)" }))],
  ["R-RCPT-5", "an archive line with drafter and copies", () => nd30Plan()],
  ["R-MARK-1", "KHẨN", () => edit(unionGuide(), (d) => (d.urgency = "KHẨN"))],
  ["R-MARK-2", "LƯU HÀNH NỘI BỘ", () => edit(unionGuide(), (d) => (d.circulation = "LƯU HÀNH NỘI BỘ"))],
  ["R-CITE-1", "hyphens in prose and ranges", () => edit(unionGuide(), (d) => (d.body[2] = { type: "paragraph", content: "Covid - 19, chính trị - xã hội, nhiệm kỳ 2023 - 2028, cung - cầu lao động, 53/HD-TLĐ." }))],
  ["R-CITE-2", "29/2/2024 (a leap year) and 11/6/1948", () => edit(unionGuide(), (d) => (d.body[2] = { type: "paragraph", content: "Ngày 29/2/2024 và ngày 11/6/1948; số 10/2012/QH13." }))],
  ["R-END-1", "a last untitled heading carries the mark", () => edit(unionGuide(), (d) => d.body.push({ type: "heading", level: 2, label: "1", titled: false, content: "Các đơn vị tổ chức thực hiện." }))],
];

describe("correct variants near each mistake pass", () => {
  for (const [rule, name, doc, options] of passing) {
    test(`${rule}: ${name}`, () => {
      expect(ofRule(check(doc(), options), rule)).toEqual([]);
    });
  }
});
