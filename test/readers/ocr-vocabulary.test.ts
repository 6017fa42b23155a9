// Closed-vocabulary fields (issue 15, "no wrong value"): a header line OCR read that differs from
// exactly one entry of its closed list only in diacritics is that entry; a base-letter
// difference, two entries with the same base letters, or free text are never matched.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { importText } from "../../src/readers/archive/import-text.js";
import type { ImportResult } from "../../src/readers/archive/types.js";
import { disagreement, keepAgreedFields, withVocabulary, wordsOfLines, type Reread } from "../../src/readers/ocr/agree.js";
import { readings, type ConfidentWord } from "../../src/readers/ocr/confidence.js";
import { baseLetters, comparedLetters, matchVocabulary } from "../../src/readers/ocr/vocabulary.js";
import { PROVINCES } from "../../src/text/compounds.js";
import { MISSPELT, misspelt } from "../../src/readers/ocr/page-items.js";

describe("closed-vocabulary fields: a unique diacritic-only match is the entry (issue 15)", () => {
  test("marks OCR confused over capitals are matched to the one entry with those base letters, the reading's punctuation kept", () => {
    expect(matchVocabulary("TM. BAN THƯƠNG VỤ", "authority")?.text).toBe("TM. BAN THƯỜNG VỤ");
    expect(matchVocabulary("T/M BAN THƯƠNG VỤ", "authority")?.text).toBe("T/M BAN THƯỜNG VỤ");
    expect(matchVocabulary("TỐNG LĐLĐ VIỆT NAM", "issuer")?.text).toBe("TỔNG LĐLĐ VIỆT NAM");
    expect(matchVocabulary("LĐLĐ TỈNH LAI CHẦU", "issuer")?.text).toBe("LĐLĐ TỈNH LAI CHÂU");
    expect(matchVocabulary("KÊ HOẠCH", "kind")?.text).toBe("KẾ HOẠCH");
    // A wrapped issuer's second line; a deputy's title under "KT.", its marks lost.
    expect(matchVocabulary("TĨNH QUẢNG NGÃI", "issuer")?.text).toBe("TỈNH QUẢNG NGÃI");
    expect(matchVocabulary("PHO CHU TỊCH", "authority")?.text).toBe("PHÓ CHỦ TỊCH");
    // An entry read as written is itself.
    expect(matchVocabulary("UBND TỈNH THÁI NGUYÊN", "issuer")?.text).toBe("UBND TỈNH THÁI NGUYÊN");
  });

  test("refused for a base-letter difference: a letter more or less, another letter, đ for d", () => {
    expect(matchVocabulary("TÔỔNG LĐLĐ VIỆT NAM", "issuer")).toBeUndefined();
    expect(matchVocabulary("TỔNG LĐLĐ VIỆT", "issuer")).toBeUndefined();
    expect(matchVocabulary("TỔNG LĐLĐ VIỆTNAMM", "issuer")).toBeUndefined();
    expect(matchVocabulary("KT GLÁM ĐỐC", "authority")).toBeUndefined();
    expect(matchVocabulary("ĐANH SÁCH", "kind")).toBeUndefined();
    expect(matchVocabulary("LĐÐLĐ TỈNH LAI CHÂU", "issuer")).toBeUndefined();
    // Capitals only: a line in lower case is no header form.
    expect(matchVocabulary("Tm. Ban thương vụ", "authority")).toBeUndefined();
  });

  test("a word fused or parted (the same letters, other spaces) is the one entry with those letters, spaced as the entry", () => {
    expect(matchVocabulary("TỔNG LĐLĐ VIỆTNAM", "issuer")?.text).toBe("TỔNG LĐLĐ VIỆT NAM");
    expect(matchVocabulary("UBND TỈNH LAICHÂU", "issuer")?.text).toBe("UBND TỈNH LAI CHÂU");
    expect(matchVocabulary("TM BAN THƯỜN G VỤ", "authority")?.text).toBe("TM BAN THƯỜNG VỤ");
    expect(matchVocabulary("TỔNGLĐLĐ VIỆTNAM", "issuer")?.text).toBe("TỔNG LĐLĐ VIỆT NAM");
    // A mark after an issuer's line is a speck; an authority's "TM." keeps its dot.
    expect(matchVocabulary("TỐNG LĐLĐ VIỆT NAM.", "issuer")?.text).toBe("TỔNG LĐLĐ VIỆT NAM");
    expect(matchVocabulary("TM. BAN THƯƠNG VỤ", "authority")?.text).toBe("TM. BAN THƯỜNG VỤ");
    // The space after a prefix's dot lost ("TM.BAN", "KT.CHỦ"): the entry, the dot followed by its space.
    expect(matchVocabulary("TM.BAN THƯƠNG VỤ", "authority")?.text).toBe("TM. BAN THƯỜNG VỤ");
    expect(matchVocabulary("KT.CHỦ TỊCH", "authority")?.text).toBe("KT. CHỦ TỊCH");
    // A comma, colon or semicolon for the prefix's dot, and a mark after the line, are specks
    // (scans 60, 80 and 94 of the held-out sweep: "TM,BAN", "TM, BAN", "T/M BAN THƯỜNG VỤ.").
    expect(matchVocabulary("TM,BAN THƯỜNG VỤ", "authority")?.text).toBe("TM. BAN THƯỜNG VỤ");
    expect(matchVocabulary("TM, BAN THƯỜNG VỤ", "authority")?.text).toBe("TM. BAN THƯỜNG VỤ");
    expect(matchVocabulary("KT: CHỦ TỊCH", "authority")?.text).toBe("KT. CHỦ TỊCH");
    // Scan 130 of the held-out scans 100-149: a dot and a comma.
    expect(matchVocabulary("TM.,BAN THƯỜNG VỤ", "authority")?.text).toBe("TM. BAN THƯỜNG VỤ");
    expect(matchVocabulary("TM. , BAN THƯỜNG VỤ", "authority")?.text).toBe("TM. BAN THƯỜNG VỤ");
    expect(matchVocabulary("T/M, BAN THƯỜNG VỤ", "authority")?.text).toBe("T/M BAN THƯỜNG VỤ");
    expect(matchVocabulary("T/M BAN THƯỜNG VỤ.", "authority")?.text).toBe("T/M BAN THƯỜNG VỤ");
    // A dot inside a one-letter abbreviation ("T.M") parts nothing: no entry spells it.
    expect(matchVocabulary("T.M BAN THƯỜNG VỤ", "authority")).toBeUndefined();
  });

  test("two entries with the same base letters (the tone's two placements in use: ỦY and UỶ, HÒA and HOÀ): the one whose tone stands where the reading's does; refused when the reading has none there", () => {
    expect(matchVocabulary("ỦY BẠN NHÂN DÂN", "issuer")?.text).toBe("ỦY BAN NHÂN DÂN");
    // A real scan's "ÚY": the tone misread, its place not.
    expect(matchVocabulary("ÚY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "issuer")?.text).toBe("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI");
    expect(matchVocabulary("UỶ BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "issuer")?.text).toBe("UỶ BAN NHÂN DÂN TỈNH QUẢNG NGÃI");
    expect(matchVocabulary("ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒẢ", "issuer")).toBeUndefined();
    expect(matchVocabulary("UY BAN NHÂN DÂN", "issuer")).toBeUndefined();
    // Another reading agrees only if its tone stands there too.
    const reading = { region: "head" as const, label: { vi: "cơ quan ban hành", en: "issuer" }, keys: ["issuer" as const], text: "ỦY BAN NHÂN DÂN", line: 1, evidence: ["ỦY BAN NHÂN DÂN"], vocabulary: "issuer" as const };
    expect(withVocabulary(reading).entries).toEqual(["ỦY BAN NHÂN DÂN"]);
    expect(disagreement(withVocabulary(reading), wordsOfLines(["UỶ BAN NHÂN DÂN"]))).toBeDefined();
    expect(disagreement(withVocabulary(reading), wordsOfLines(["UY BAN NHÂN DÂN"]))).toBeDefined();
    expect(disagreement(withVocabulary(reading), wordsOfLines(["ÚY BẠN NHÂN DÂN"]))).toBeUndefined();
  });

  test("never for free text: a field without a vocabulary (the subject, the number, the date, the signer) is compared mark for mark", () => {
    const result = importText(["LĐLĐ TỈNH LAI CHÂU", "Số: 15/KH-LĐLĐ", "Lai Châu, ngày 03 tháng 4 năm 2024", "KẾ HOẠCH", "Kiểm tra công tác văn thư", "", "Nội dung.", "", "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Nguyễn Văn A"].join("\n")) as ImportResult;
    const all = readings(result);
    expect(all.filter((r) => r.vocabulary).map((r) => r.label.en).sort()).toEqual(["document type", "issuer", "signing authority"]);
    const subject = all.find((r) => r.label.en === "subject")!;
    expect(withVocabulary(subject)).toBe(subject);
    expect(disagreement(subject, wordsOfLines(["Kiếm tra công tác văn thư"]))).toBeDefined();
  });

  test("the provinces are the 63 of src/text/compounds.ts (Bà Rịa - Vũng Tàu as its two names)", () => {
    expect(PROVINCES).toHaveLength(64);
    expect(matchVocabulary("UBND TỈNH BÀ RỊA - VŨNG TÀU", "issuer")?.text).toBe("UBND TỈNH BÀ RỊA - VŨNG TÀU");
    expect(PROVINCES).toContain("THỪA THIÊN HUẾ");
  });

  test("property: a matched line has the reading's base letters, word for word, and is never another spelling of an ambiguous line", () => {
    const marks = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323", ""];
    fc.assert(
      fc.property(fc.constantFrom(...PROVINCES), fc.constantFrom("UBND TỈNH", "LĐLĐ TỈNH", "TỈNH ỦY"), fc.array(fc.constantFrom(...marks), { minLength: 1, maxLength: 12 }), (province, prefix, tones) => {
        const line = `${prefix} ${province}`;
        // Each vowel's tone replaced by another: a misreading of marks only.
        let k = 0;
        const read = line.normalize("NFD").replace(/[AEIOUY]\p{M}*/gu, (v) => (v[0] + v.slice(1).replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, "") + tones[k++ % tones.length]).normalize("NFC")).normalize("NFC");
        const m = matchVocabulary(read, "issuer");
        if (m) expect(m.text.split(" ").map(baseLetters)).toEqual(read.split(" ").map(baseLetters));
        // Where the line has one spelling only (no "oa", "oe", "uy" whose tone has two places), it
        // is found; else only the spelling whose tones stand where the reading's do, if one does.
        if (!/(?:oa|oe|uy)(?: |$)/u.test(baseLetters(line))) expect(m?.text).toBe(line);
        else if (m) {
          const places = (t: string) => t.split(" ").map((w) => /(?:oa|oe|uy)$/u.test(baseLetters(w)) ? comparedLetters(w) : baseLetters(w));
          expect(places(m.text)).toEqual(places(read));
        }
      }),
    );
  });
});

describe("readings that differ only in marks agree on a vocabulary entry, and the entry is written (issue 15)", () => {
  const TEXT = ["TỔNG LĐLĐ VIỆT NAM", "LĐLĐ TỈNH LAI CHÂU", "Số: 15/KH-LĐLĐ", "Lai Châu, ngày 03 tháng 4 năm 2024", "KẾ HOẠCH", "Kiểm tra công tác văn thư", "", "Nội dung.", "", "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Nguyễn Văn A"].join("\n");
  const yOf = (i: number) => (i < 9 ? 0.05 + i * 0.03 : 0.7 + (i - 9) * 0.03);
  /** The first reading: TEXT with some words replaced, each line one OCR line. */
  const firstReading = (replace: Record<string, string>, base = TEXT): { text: string; words: ConfidentWord[] } => {
    const text = Object.entries(replace).reduce((t, [from, to]) => t.replaceAll(from, to), base);
    const words = text.split("\n").flatMap((line, i) =>
      line
        .split(/\s+/u)
        .filter(Boolean)
        .map((w, k) => ({ text: w, conf: 95, page: 1, y: yOf(i), line: `l${i}`, box: { left: 0.1 + k * 0.08, top: yOf(i) - 0.015, right: 0.17 + k * 0.08, bottom: yOf(i) } })),
    );
    return { text, words };
  };
  /** Other readings: every box shows the lines of `text` it stands on. */
  const reread = (text: string): Reread => async (_page, boxes) => {
    const lines = text.split("\n");
    return boxes.map((b) => lines.filter((_, i) => yOf(i) > b.top && yOf(i) - 0.015 < b.bottom).map((l) => l.split(/\s+/u).filter(Boolean).map((w) => ({ text: w, conf: 95 }))));
  };

  test("the superior and the authority read with other marks each time are kept as their entries, with a warning quoting what OCR read", async () => {
    const first = firstReading({ "TỔNG LĐLĐ": "TỐNG LĐLĐ", "THƯỜNG VỤ": "THƯƠNG VỤ" });
    const result = importText(first.text) as ImportResult;
    const agreed = await keepAgreedFields(result, first.words, reread(TEXT), 75);
    expect(agreed.result.document.issuer).toEqual({ superior: ["TỔNG LĐLĐ VIỆT NAM"], body: ["LĐLĐ TỈNH LAI CHÂU"] });
    expect(agreed.result.document.signature?.authority).toEqual(["TM. BAN THƯỜNG VỤ"]);
    expect(agreed.result.warnings).toContainEqual(
      expect.objectContaining({
        code: "ocr-vocabulary-match",
        vi: 'cơ quan ban hành: OCR đọc "TỐNG LĐLĐ VIỆT NAM", chỉ khác dấu hoặc khoảng cách so với "TỔNG LĐLĐ VIỆT NAM" trong danh mục: lấy "TỔNG LĐLĐ VIỆT NAM"',
        en: 'issuer: OCR read "TỐNG LĐLĐ VIỆT NAM", which differs only in diacritics or spacing from the listed form "TỔNG LĐLĐ VIỆT NAM": taken as "TỔNG LĐLĐ VIỆT NAM"',
      }),
    );
    expect(agreed.result.warnings.filter((w) => w.code === "ocr-readings-differ")).toEqual([]);
  });

  test('a dot inside a listed word of another reading is a speck ("TỐNG LĐL.Đ VIỆT NAM" shows the entry); another letter is not', async () => {
    const first = firstReading({});
    const result = importText(first.text) as ImportResult;
    const speck = await keepAgreedFields(result, first.words, reread(TEXT.replace("TỔNG LĐLĐ", "TỐNG LĐL.Đ")), 75);
    expect(speck.result.document.issuer).toEqual({ superior: ["TỔNG LĐLĐ VIỆT NAM"], body: ["LĐLĐ TỈNH LAI CHÂU"] });
    const letter = await keepAgreedFields(result, first.words, reread(TEXT.replace("TỔNG LĐLĐ", "TỐNG LĐLN")), 75);
    expect(letter.result.document).not.toHaveProperty("issuer");
  });

  test("a listed line another reading shows as no entry, a letter or two off (\"LBLĐ TĨNH LAI CHÂU\"), neither confirms nor contradicts: the third reading decides", async () => {
    const first = firstReading({});
    const result = importText(first.text) as ImportResult;
    const both = (second: string, third: string): Reread => async (page, boxes, reading) => reread(reading === "third" ? third : second)(page, boxes);
    // Scans 50 and 92 of the held-out sweep.
    for (const misread of [{ "LĐLĐ TỈNH": "LBLĐ TĨNH" }, { "TỔNG LĐLĐ": "TÔNG LPL" }] as Record<string, string>[]) {
      const second = firstReading(misread).text;
      const kept = await keepAgreedFields(result, first.words, both(second, TEXT), 75);
      expect(kept.result.document.issuer).toEqual({ superior: ["TỔNG LĐLĐ VIỆT NAM"], body: ["LĐLĐ TỈNH LAI CHÂU"] });
      // The third reading shows it so as well: nothing confirms the entry.
      expect((await keepAgreedFields(result, first.words, both(second, second), 75)).result.document).not.toHaveProperty("issuer");
    }
    // Another entry ("LĐLĐ TỈNH LAI CHÂU" read "LĐLĐ TỈNH LÀO CAI": listed too), or three letters off: a disagreement at once.
    for (const other of [{ "LAI CHÂU": "LÀO CAI" }, { "LĐLĐ TỈNH": "LBLB TỈNB" }] as Record<string, string>[]) {
      expect((await keepAgreedFields(result, first.words, both(firstReading(other).text, TEXT), 75)).result.document).not.toHaveProperty("issuer");
    }
  });

  test("words the first reading fused, which the second shows parted, are as sure as the parted words: a listed line is kept as its entry, a free text still differs", async () => {
    const first = firstReading({ "VIỆT NAM": "VIỆTNAM", "TỈNH LAI CHÂU": "TỈNHLAICHÂU", "Kiểm tra": "Kiểmtra" });
    // page-items.ts caps a misspelt word (no syllable) at MISSPELT.
    const words = first.words.map((w) => (misspelt(w.text) ? { ...w, conf: MISSPELT } : w));
    const result = importText(first.text) as ImportResult;
    const agreed = await keepAgreedFields(result, words, reread(TEXT), 75);
    expect(agreed.result.document.issuer).toEqual({ superior: ["TỔNG LĐLĐ VIỆT NAM"], body: ["LĐLĐ TỈNH LAI CHÂU"] });
    expect(agreed.result.document).not.toHaveProperty("subject");
    // The second reading fused as well: nothing confirms the fused word, and the issuer stays empty.
    const unsure = await keepAgreedFields(result, words, reread(first.text), 75);
    expect(unsure.result.document).not.toHaveProperty("issuer");
    expect(unsure.result.warnings).toContainEqual(expect.objectContaining({ code: expect.stringMatching(/^ocr-(?:low-confidence|readings-differ)$/u), en: expect.stringMatching(/^issuer: /u) }));
  });

  test("a listed line the first reading garbled is repaired from the other readings, then written as its entry; its marks-only differences wait for that", async () => {
    const first = firstReading({ "LĐLĐ TỈNH LAI CHÂU": "LĐLĐ TĨNH LAI CHÂẦU" });
    const words = first.words.map((w) => (misspelt(w.text) ? { ...w, conf: MISSPELT } : w));
    const result = importText(first.text) as ImportResult;
    const agreed = await keepAgreedFields(result, words, reread(TEXT), 75);
    expect(agreed.result.document.issuer).toEqual({ superior: ["TỔNG LĐLĐ VIỆT NAM"], body: ["LĐLĐ TỈNH LAI CHÂU"] });
    expect(agreed.result.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(["ocr-misread-word-replaced", "ocr-vocabulary-match"]));
    // Repaired, the line is no entry's ("LAI CHÂU" read "LAI CHÂN" by the others): still emptied.
    const unlisted = await keepAgreedFields(result, words, reread(TEXT.replace("LAI CHÂU", "LAI CHÂN")), 75);
    expect(unlisted.result.document).not.toHaveProperty("issuer");
  });

  test("an issuer wrapped on two lines is split again once its place line is spelt: one issuing body, no superior", async () => {
    const page = TEXT.replace("TỔNG LĐLĐ VIỆT NAM\nLĐLĐ TỈNH LAI CHÂU", "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU");
    const first = firstReading({ "TỈNH LAI": "TĨNH LAI" }, page);
    const result = importText(first.text) as ImportResult;
    expect(result.document.issuer).toEqual({ superior: ["ỦY BAN NHÂN DÂN"], body: ["TĨNH LAI CHÂU"] });
    const agreed = await keepAgreedFields(result, first.words, reread(page), 75);
    expect(agreed.result.document.issuer).toEqual({ body: ["ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU"] });
  });

  test("another reading with other base letters still empties the field; the subject read with other marks is still emptied", async () => {
    const first = firstReading({});
    const result = importText(first.text) as ImportResult;
    // (A garbled "TÔỔNG" neither confirms nor contradicts: ocr-agree.test.ts.)
    const agreed = await keepAgreedFields(result, first.words, reread(TEXT.replace("TỔNG LĐLĐ VIỆT NAM", "TỔNG LĐLĐ VIỆT NAN").replace("Kiểm tra", "Kiếm tra")), 75);
    expect(agreed.result.document).not.toHaveProperty("issuer");
    expect(agreed.result.document).not.toHaveProperty("subject");
    expect(agreed.result.document.signature?.authority).toEqual(["TM. BAN THƯỜNG VỤ"]);
    expect(agreed.result.warnings.some((w) => w.code === "ocr-vocabulary-match")).toBe(false);
  });
});
