// fast-check generators of whole documents over every profile and kind, with the extremes issue 8
// names: long issuers, 0–80 recipients with notes, tables up to 20 columns with blank cells, long
// tokens, headings at page ends (long bodies), annexes in landscape.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { KIND_IDS } from "../../src/model/kinds.js";
import type { Block, Document } from "../../src/model/document.js";
import { root } from "./support.js";

/** Real words of the examples, so lines break as real Vietnamese text does. */
const WORDS = [
  ...new Set(
    readdirSync(join(root, "examples"))
      .filter((f) => f.endsWith(".json"))
      .flatMap((f) => readFileSync(join(root, "examples", f), "utf8").match(/[\p{L}\d][\p{L}\d.,;:()/-]*/gu) ?? []),
  ),
];

const word = fc.constantFrom(...WORDS);
const sentence = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max }).map((w) => w.join(" "));
const longToken = fc.oneof(
  fc.integer({ min: 60, max: 400 }).map((n) => `https://congdoan.vn/${"tai-lieu/".repeat(Math.ceil(n / 9))}x.pdf`),
  fc.integer({ min: 40, max: 300 }).map((n) => "Đ".repeat(n)),
  fc.constant("Covid-19/NQ-CP-2021-TLĐ-LĐLĐ-BCH-UBND-HĐND-MTTQ-QĐ-KH-TB-HD-CV"),
);
const text = fc.oneof({ weight: 6, arbitrary: sentence(1, 60) }, { weight: 1, arbitrary: sentence(60, 400) }, { weight: 1, arbitrary: fc.tuple(sentence(0, 10), longToken, sentence(0, 10)).map((p) => p.join(" ").trim()) });

const issuerLine = fc.oneof(
  fc.constantFrom("LĐLĐ TỈNH LAI CHÂU", "LĐLĐ THÀNH PHỐ HỒ CHÍ MINH", "CÔNG ĐOÀN CÁC KHU CÔNG NGHIỆP", "ĐẢNG BỘ KHỐI CÁC CƠ QUAN", "TỈNH ỦY THỪA THIÊN HUẾ", "SỞ NỘI VỤ"),
  sentence(2, 12).map((s) => s.toUpperCase()),
);

const cell = fc.oneof({ weight: 4, arbitrary: sentence(1, 6) }, { weight: 1, arbitrary: fc.constantFrom("", " ") });
const table: fc.Arbitrary<Block> = fc.integer({ min: 1, max: 20 }).chain((cols) =>
  fc.record({
    type: fc.constant("table" as const),
    headerRows: fc.integer({ min: 0, max: 1 }),
    rows: fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 12 }),
  }),
);

const block: fc.Arbitrary<Block> = fc.oneof(
  { weight: 8, arbitrary: text.map((content) => ({ type: "paragraph" as const, content })) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant("heading" as const), level: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const), titled: fc.boolean(), content: sentence(1, 12) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant("item" as const), marker: fc.constantFrom("-" as const, "+" as const), content: sentence(1, 40) }) },
  { weight: 1, arbitrary: sentence(4, 30).map((s) => ({ type: "basis" as const, content: `Căn cứ ${s};` })) },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: fc.record({ type: fc.constant("article" as const), unit: fc.constantFrom("chuong" as const, "muc" as const, "dieu" as const), title: sentence(1, 15) }) },
);

const recipient = fc.record({ name: sentence(1, 14), note: fc.option(fc.constantFrom("b/c", "để thực hiện", "phối hợp"), { nil: undefined }) }).map((r) => (r.note ? r : { name: r.name }));

export const documentArb: fc.Arbitrary<Document> = fc
  .record({
    profile: fc.constantFrom("nd30" as const, "union" as const, "party" as const),
    kind: fc.constantFrom(...KIND_IDS),
    superior: fc.array(issuerLine, { maxLength: 2 }),
    body: fc.array(issuerLine, { minLength: 1, maxLength: 3 }),
    number: fc.option(fc.integer({ min: 1, max: 2000 }), { nil: null }),
    subject: sentence(2, 40),
    kinhGui: fc.option(fc.array(sentence(1, 10), { minLength: 1, maxLength: 6 }), { nil: undefined }),
    blocks: fc.array(block, { minLength: 1, maxLength: 40 }),
    recipients: fc.array(fc.oneof({ weight: 6, arbitrary: recipient }, { weight: 1, arbitrary: fc.record({ note: fc.constant("Để thực hiện"), items: fc.array(recipient, { minLength: 1, maxLength: 5 }) }) }), { maxLength: 80 }),
    urgency: fc.option(fc.constantFrom("KHẨN" as const, "THƯỢNG KHẨN" as const, "HỎA TỐC" as const), { nil: undefined }),
    secrecy: fc.option(fc.constantFrom("MẬT" as const, "TỐI MẬT" as const, "TUYỆT MẬT" as const), { nil: undefined }),
    draft: fc.option(fc.oneof(fc.constant(true), fc.integer({ min: 1, max: 9 })), { nil: undefined }),
    annexes: fc.array(
      fc.record({ title: sentence(1, 12), orientation: fc.constantFrom("portrait" as const, "landscape" as const), body: fc.array(block, { minLength: 1, maxLength: 8 }) }),
      { maxLength: 2 },
    ),
    footer: fc.option(fc.array(sentence(3, 20), { minLength: 1, maxLength: 3 }), { nil: undefined }),
  })
  .map((r) => {
    const party = r.profile === "party";
    const doc: Document = {
      profile: r.profile,
      kind: r.kind,
      issuer: { ...(r.superior.length ? { superior: r.superior } : {}), body: r.body },
      number: r.number,
      symbol: { issuer: party ? "TU" : "LĐLĐ", ...(r.kind === "cong-van" ? { unit: "VP" } : { typeCode: "KH" }) },
      place: "Lai Châu",
      date: "2024-02-23",
      subject: r.subject,
      ...(r.kinhGui ? { kinhGui: r.kinhGui } : {}),
      body: r.blocks,
      recipients: { items: r.recipients, archive: { units: ["VP"] } },
      signature: { authority: [party ? "T/M BAN THƯỜNG VỤ" : "TM. BAN THƯỜNG VỤ"], title: "CHỦ TỊCH", name: "Nguyễn Văn A" },
      ...(r.urgency ? { urgency: r.urgency } : {}),
      ...(r.secrecy ? { secrecy: r.secrecy } : {}),
      ...(r.draft !== undefined ? { draft: r.draft } : {}),
      ...(r.annexes.length ? { annexes: r.annexes } : {}),
      ...(r.footer ? { footer: r.footer } : {}),
    };
    return doc;
  });
