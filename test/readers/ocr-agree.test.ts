// Two readings must agree (issue 15, "no wrong value"): a field OCR read is kept only when a
// second, independent reading of where it stands shows the same words. No OCR engine here: the
// second reading is given as text.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { importText } from "../../src/readers/archive/import-text.js";
import type { ImportResult } from "../../src/readers/archive/types.js";
import { comparable, confirmedByKind, disagreement, garbledAt, fieldBoxes, keepAgreedFields, strayMark, wordsOfLines, type ReadWord, type Reread } from "../../src/readers/ocr/agree.js";
import { readings, withoutNumberTraces, type Box, type ConfidentWord } from "../../src/readers/ocr/confidence.js";
import { baseLetters, matchVocabulary } from "../../src/readers/ocr/vocabulary.js";
import { inkedParts, misspelt } from "../../src/readers/ocr/page-items.js";
import { InkMap } from "../../src/readers/ocr/raster.js";

const TEXT = [
  "LĐLĐ TỈNH LAI CHÂU",
  "Số: 15/KH-LĐLĐ",
  "",
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "Độc lập - Tự do - Hạnh phúc",
  "Lai Châu, ngày 03 tháng 4 năm 2024",
  "",
  "KẾ HOẠCH",
  "Kiểm tra công tác văn thư",
  "",
  "Nội dung.",
  "",
  "TM. BAN THƯỜNG VỤ",
  "CHỦ TỊCH",
  "Nguyễn Văn A",
].join("\n");

// The first reading's words, each with its place and box: the header at the top of page 1, the
// signature lower; each line of TEXT one line of OCR's, its words left to right.
const yOf = (i: number) => (i < 10 ? 0.05 + i * 0.03 : 0.7 + (i - 10) * 0.03);
const words: ConfidentWord[] = TEXT.split("\n").flatMap((line, i) =>
  line
    .split(/\s+/u)
    .filter(Boolean)
    .map((text, k) => ({ text, conf: 95, page: 1, y: yOf(i), line: `l${i}`, box: { left: 0.1 + k * 0.08, top: yOf(i) - 0.015, right: 0.17 + k * 0.08, bottom: yOf(i) } })),
);

/** The first reading of a text laid out as `words` is: each line one OCR line, each word sure. */
const firstReadingOf = (text: string): ConfidentWord[] =>
  text.split("\n").flatMap((line, i) =>
    line
      .split(/\s+/u)
      .filter(Boolean)
      .map((t, k) => ({ text: t, conf: 95, page: 1, y: yOf(i), line: `l${i}`, box: { left: 0.1 + k * 0.08, top: yOf(i) - 0.015, right: 0.17 + k * 0.08, bottom: yOf(i) } })),
  );

/** A second reading of boxes: for each box, the lines of `text` it stands on (by their height), each word sure. */
function readBoxes(text: string, boxes: readonly Box[]): ReadWord[][][] {
  const lines = text.split("\n");
  return boxes.map((b) =>
    lines
      .filter((_, i) => yOf(i) > b.top && yOf(i) - 0.015 < b.bottom)
      .map((l) => l.split(/\s+/u).filter(Boolean).map((w) => ({ text: w, conf: 95 }))),
  );
}

/** A second reading that shows the page with some words replaced, and records the boxes it was asked for. */
function second(replace: Record<string, string> = {}, third: Record<string, string> = {}): { reread: Reread; asked: [number, readonly Box[], string][] } {
  const asked: [number, readonly Box[], string][] = [];
  const replaced = (changes: Record<string, string>) => Object.entries(changes).reduce((text, [from, to]) => text.replaceAll(from, to), TEXT);
  return {
    asked,
    reread: async (page, boxes, reading = "second") => {
      asked.push([page, boxes, reading]);
      return readBoxes(replaced(reading === "third" ? third : replace), boxes);
    },
  };
}

describe("two readings agree, or the field stays empty (issue 15)", () => {
  test("readings that agree keep every field; each field's own words are read again, the header's on page 1, the signature's below", async () => {
    const result = importText(TEXT) as ImportResult;
    const { reread, asked } = second();
    const agreed = await keepAgreedFields(result, words, reread);
    expect(agreed.result).toBe(result);
    expect(asked.map(([page, boxes, reading]) => [page, boxes.length, reading])).toEqual([
      // One box a field line: issuer, number, date, kind, subject; a third reading of the kind
      // ("KẾ") and the subject ("Kiểm": a tone above a circumflex); in the signature, of the
      // authority ("THƯỜNG": horns) and the signer's two lines ("Nguyễn").
      [1, 5, "second"],
      [1, 2, "third"],
      [1, 3, "second"],
      [1, 3, "third"],
    ]);
    // None of the header's boxes reaches the body (line 10); the signature's are below it.
    for (const b of asked[0]![1]) expect(b.bottom).toBeLessThanOrEqual(yOf(8));
    for (const b of asked[2]![1]) expect(b.top).toBeGreaterThan(0.6);
  });

  test("a field with marks OCR confuses is kept only when a third reading shows it too; a field without them is not read a third time", async () => {
    const result = importText(TEXT) as ImportResult;
    const agreed = await keepAgreedFields(result, words, second({}, { "Kiểm tra": "Kiếm tra", "CHÂU": "CHẦU" }).reread);
    expect(agreed.result.document).not.toHaveProperty("subject");
    expect(agreed.result.document.issuer).toEqual({ body: ["LĐLĐ TỈNH LAI CHÂU"] });
    expect(agreed.result.warnings).toContainEqual(expect.objectContaining({ code: "ocr-readings-differ", en: expect.stringContaining('"Kiếm tra công tác văn thư"') }));
  });

  test("a word the second reading garbles (no syllable, a letter or two off) neither confirms nor contradicts: the third reading decides", async () => {
    const result = importText(TEXT) as ImportResult;
    // Garbled in the second reading ("TÔỈNH", "LĐÐLĐ" with an Icelandic eth), shown by the third: kept, read a third time.
    const garbled = second({ "TỈNH": "TÔỈNH", "KH-LĐLĐ": "KH-LĐÐLĐ" });
    const kept = await keepAgreedFields(result, words, garbled.reread);
    expect(kept.result.document).toMatchObject({ issuer: { body: ["LĐLĐ TỈNH LAI CHÂU"] }, number: 15, symbol: { issuer: "LĐLĐ" } });
    expect(garbled.asked.some(([, , reading]) => reading === "third")).toBe(true);
    // The third reading shows another well-formed word there ("THỊNH"; the issuer's line is
    // compared by base letters, as a vocabulary entry): emptied.
    const contradicted = await keepAgreedFields(result, words, second({ "TỈNH": "TÔỈNH" }, { "TỈNH": "THỊNH" }).reread);
    expect(contradicted.result.document).not.toHaveProperty("issuer");
    expect(contradicted.result.document).toHaveProperty("number", 15);
    // A well-formed other word in the second reading is a disagreement at once, as before.
    const other = await keepAgreedFields(result, words, second({ "KH-LĐLĐ": "KT-LĐLĐ" }).reread);
    expect(other.result.document).not.toHaveProperty("symbol");
    // Unless it is a symbol's group the issuer's words spell ("LĐLĐ") read as one they do not
    // ("LĐLT"): garbled, and the third reading decides.
    const unspelt = second({ "KH-LĐLĐ": "KH-LĐLT" });
    expect((await keepAgreedFields(result, words, unspelt.reread)).result.document).toMatchObject({ symbol: { issuer: "LĐLĐ" } });
    expect(unspelt.asked.some(([, , reading]) => reading === "third")).toBe(true);
    expect((await keepAgreedFields(result, words, second({ "KH-LĐLĐ": "KH-LĐLT" }, { "KH-LĐLĐ": "KH-LĐLT" }).reread)).result.document).not.toHaveProperty("symbol");
    // Garbled further than two letters: no longer the same word.
    const far = await keepAgreedFields(result, words, second({ "TỈNH": "TÔỈÑHHH" }).reread);
    expect(far.result.document).not.toHaveProperty("issuer");
  });

  test("a field's place: the words that spell it, in one line or wrapped over two; nowhere when they are not there", () => {
    const lines = [
      ["Số:", "15/KH-LĐLĐ", "Lai", "Châu,", "ngày", "03"].map((text, k) => ({ text, conf: 95, page: 1, line: "a", box: { left: k / 10, top: 0.1, right: k / 10 + 0.08, bottom: 0.12 } })),
      ["tháng", "4", "năm", "2024"].map((text, k) => ({ text, conf: 95, page: 1, line: "b", box: { left: k / 10, top: 0.13, right: k / 10 + 0.08, bottom: 0.15 } })),
    ];
    expect(fieldBoxes(["15/KH - LĐLĐ"], lines, false)).toEqual([{ left: 0.1, top: 0.1, right: 0.18, bottom: 0.12 }]);
    expect(fieldBoxes(["Lai Châu, ngày 03 tháng 4 năm 2024"], lines, false)).toEqual([
      { left: 0.2, top: 0.1, right: 0.58, bottom: 0.12 },
      { left: 0, top: 0.13, right: 0.38, bottom: 0.15 },
    ]);
    expect(fieldBoxes(["Hà Nội, ngày 03"], lines, false)).toBeUndefined();
  });

  test("a tone mark read otherwise the second time empties that field only, with a warning quoting both readings", async () => {
    // "sổ" and "số": neither makes a listed word with "sách" (src/text/compounds.ts).
    const text = TEXT.replace("công tác văn thư", "việc giữ sổ sách");
    const result = importText(text) as ImportResult;
    const agreed = await keepAgreedFields(result, firstReadingOf(text), async (_page, boxes) => readBoxes(text.replace("sổ sách", "số sách"), boxes));
    const r = agreed.result;
    expect(r.document).not.toHaveProperty("subject");
    // A letter apart, neither listed ("sách"/"xách"): a disagreement too.
    const letter = await keepAgreedFields(result, firstReadingOf(text), async (_page, boxes) => readBoxes(text.replace("sổ sách", "sổ xách"), boxes));
    expect(letter.result.document).not.toHaveProperty("subject");
    expect(r.fields.subject).toBe("missing");
    expect(r.document).toMatchObject({ number: 15, place: "Lai Châu", date: "2024-04-03", kind: "ke-hoach" });
    expect(r.warnings).toContainEqual(
      expect.objectContaining({
        code: "ocr-readings-differ",
        vi: 'trích yếu: hai lần OCR đọc khác nhau ("Kiểm tra việc giữ sổ sách" và "Kiểm tra việc giữ số sách"): để trống, cần nhập tay',
        en: 'subject: two OCR readings differ ("Kiểm tra việc giữ sổ sách" and "Kiểm tra việc giữ số sách"): left empty for a person to fill',
      }),
    );
  });

  test("marks that make a listed word with the next word ('Kiểm tra', 'Tổ chức', 'ỦY BAN') settle two readings, if the third reading shows that word too", async () => {
    const result = importText(TEXT) as ImportResult;
    // The second reading's "Kiếm tra" is no listed word, the first's "Kiểm tra" is: the third decides.
    const kept = await keepAgreedFields(result, words, second({ "Kiểm tra": "Kiếm tra" }).reread);
    expect(kept.result.document.subject).toBe("Kiểm tra công tác văn thư");
    const outvoted = await keepAgreedFields(result, words, second({ "Kiểm tra": "Kiếm tra" }, { "Kiểm tra": "Kiếm tra" }).reread);
    expect(outvoted.result.document).not.toHaveProperty("subject");
    // Two syllables a letter apart ("hưu" for "lưu" before "trữ"), the first's listed: the same rule.
    const letter = TEXT.replace("văn thư", "văn thư lưu trữ");
    const letterWords = firstReadingOf(letter);
    const letterRead = (second: string, third: string): Reread => async (_page, boxes, reading = "second") => readBoxes(letter.replace("lưu trữ", reading === "third" ? third : second), boxes);
    expect((await keepAgreedFields(importText(letter) as ImportResult, letterWords, letterRead("hưu trữ", "lưu trữ"))).result.document.subject).toBe("Kiểm tra công tác văn thư lưu trữ");
    expect((await keepAgreedFields(importText(letter) as ImportResult, letterWords, letterRead("hưu trữ", "hưu trữ"))).result.document).not.toHaveProperty("subject");
    // A mark on the word after ("trừ"): "LƯU TRỮ" is listed, "LƯU TRỪ" is not.
    expect((await keepAgreedFields(importText(letter) as ImportResult, letterWords, letterRead("lưu trừ", "lưu trữ"))).result.document.subject).toBe("Kiểm tra công tác văn thư lưu trữ");
    // The first reading's "Kiếm tra", the second's and third's "Kiểm tra": replaced, with a warning.
    const misread = TEXT.replace("Kiểm tra", "Kiếm tra");
    const firstWords = words.map((w) => (w.text === "Kiểm" ? { ...w, text: "Kiếm" } : w));
    const repaired = await keepAgreedFields(importText(misread) as ImportResult, firstWords, second().reread);
    expect(repaired.result.document.subject).toBe("Kiểm tra công tác văn thư");
    expect(repaired.result.warnings).toContainEqual(expect.objectContaining({ code: "ocr-misread-word-replaced", en: expect.stringContaining('"Kiếm" → "Kiểm"') }));
    // The issuer's lines split again once repaired: "ỦY BẠN NHÂN DÂN" heads no body, "ỦY BAN NHÂN DÂN" does.
    const page = TEXT.replace("LĐLĐ TỈNH LAI CHÂU", "ỦY BẠN NHÂN DÂN\nHUYỆN ĐÔNG ANH");
    const lines = page.split("\n");
    const pageWords = lines.flatMap((line, i) => line.split(/\s+/u).filter(Boolean).map((text, k) => ({ text, conf: 95, page: 1, y: yOf(i), line: `l${i}`, box: { left: 0.1 + k * 0.08, top: yOf(i) - 0.015, right: 0.17 + k * 0.08, bottom: yOf(i) } })));
    const issuerRead = importText(page) as ImportResult;
    const fixed = await keepAgreedFields(issuerRead, pageWords, async (_p, boxes) => readBoxes(page.replace("BẠN", "BAN"), boxes));
    expect(fixed.result.document.issuer).toEqual({ body: ["ỦY BAN NHÂN DÂN", "HUYỆN ĐÔNG ANH"] });
  });

  test('a year of other than four digits after "năm" in the date line, and "nắm" before a year, are garbled: the third reading decides', async () => {
    const result = importText(TEXT) as ImportResult;
    // "năm 20245", "năm 202": no date line has them; the third reading's "2024" keeps the date.
    for (const misread of ["năm 20245", "năm 202"]) {
      const kept = await keepAgreedFields(result, words, second({ "năm 2024": misread }).reread);
      expect(kept.result.document).toMatchObject({ place: "Lai Châu", date: "2024-04-03" });
      // The third reading shows another four-digit year: emptied.
      const contradicted = await keepAgreedFields(result, words, second({ "năm 2024": misread }, { "năm 2024": "năm 2021" }).reread);
      expect(contradicted.result.document).not.toHaveProperty("date");
    }
    // A well-formed other year in the second reading is a disagreement at once, as before.
    expect((await keepAgreedFields(result, words, second({ "năm 2024": "năm 2021" }).reread)).result.document).not.toHaveProperty("date");
    // "nắm 2024", "nằm 2024" (the marks of "năm" misread before a year): garbled, in the date line and in a subject.
    const subject = TEXT.replace("Kiểm tra công tác văn thư", "Kiểm tra công tác văn thư năm 2024");
    const subjectWords = firstReadingOf(subject);
    const read = (second: string, third: string): Reread => async (_page, boxes, reading = "second") => readBoxes(subject.replaceAll("năm 2024", reading === "third" ? third : second), boxes);
    const kept = await keepAgreedFields(importText(subject) as ImportResult, subjectWords, read("nắm 2024", "năm 2024"));
    expect(kept.result.document).toMatchObject({ subject: "Kiểm tra công tác văn thư năm 2024", date: "2024-04-03" });
    expect((await keepAgreedFields(importText(subject) as ImportResult, subjectWords, read("nằm 2024", "năm 2021"))).result.document).not.toHaveProperty("subject");
    // The first reading's "nắm 2024", the second's and third's "năm 2024": replaced, with a warning.
    const misread = subject.replace("văn thư năm 2024", "văn thư nắm 2024");
    const repaired = await keepAgreedFields(importText(misread) as ImportResult, firstReadingOf(misread), read("năm 2024", "năm 2024"));
    expect(repaired.result.document.subject).toBe("Kiểm tra công tác văn thư năm 2024");
    expect(repaired.result.warnings).toContainEqual(expect.objectContaining({ code: "ocr-misread-word-replaced", en: expect.stringContaining('"nắm" → "năm"') }));
    // "Việt Nam 2024": "Nam" (south) is a word of its own there, and a reading of "Năm" for it a disagreement.
    const nam = TEXT.replace("Kiểm tra công tác văn thư", "Kiểm tra Công đoàn Việt Nam 2024");
    const namRead: Reread = async (_page, boxes) => readBoxes(nam.replace("Việt Nam 2024", "Việt Năm 2024"), boxes);
    expect((await keepAgreedFields(importText(nam) as ImportResult, firstReadingOf(nam), namRead)).result.document).not.toHaveProperty("subject");
  });

  test("the place is read whole: no capitalised word before it on the other reading's line", async () => {
    const result = importText(TEXT) as ImportResult;
    const [date] = readings(result).filter((r) => r.label.en === "place and date");
    expect(disagreement(date!, wordsOfLines(["Số: 15/KH-LĐLĐ Lai Châu, ngày 03 tháng 4 năm 2024"]))).toBeUndefined();
    expect(disagreement(date!, wordsOfLines(["Độc lập - Tự do - Hạnh phúc Lai Châu, ngày 03 tháng 4 năm 2024"]))).toBeUndefined();
    expect(disagreement(date!, wordsOfLines(["VĂN PHÒNG Lai Châu, ngày 03 tháng 4 năm 2024"]))).toBeUndefined();
    expect(disagreement(date!, wordsOfLines(["Số: 15/KH-LĐLĐ-Lai", "Tam Lai Châu, ngày 03 tháng 4 năm 2024"]))).toBeDefined();
  });

  test("the number and symbol are compared as one token; the date line up to its year; the issuer line by line", async () => {
    const result = importText(TEXT) as ImportResult;
    const byField = Object.fromEntries(readings(result).map((r) => [r.label.en, r.evidence]));
    expect(byField["number and symbol"]).toEqual(["15/KH-LĐLĐ"]);
    expect(byField["place and date"]).toEqual(["Lai Châu, ngày 03 tháng 4 năm 2024"]);
    expect(byField.issuer).toEqual(["LĐLĐ TỈNH LAI CHÂU"]);
    // A label OCR misread and glued to the number ("Só:83/…") is no part of the token.
    const glued = readings(importText(TEXT.replace("Số: 15/KH-LĐLĐ", "Só:83/KH-LĐLĐ")) as ImportResult).find((r) => r.keys[0] === "number");
    expect(glued?.evidence).toEqual(["83/KH-LĐLĐ"]);
    // Spaces around "/" and "-" are no difference; a digit is: the number is empty, the symbol
    // both readings show stands (digits written by hand into the blank, read otherwise each time).
    const spaced = await keepAgreedFields(result, words, second({ "15/KH-LĐLĐ": "15 / KH - LĐLĐ" }).reread);
    expect(spaced.result.document).toMatchObject({ number: 15 });
    const other = await keepAgreedFields(result, words, second({ "15/KH-LĐLĐ": "16/KH-LĐLĐ" }).reread);
    expect(other.result.document).not.toHaveProperty("number");
    expect(other.result.document).toMatchObject({ symbol: { issuer: "LĐLĐ" }, kind: "ke-hoach" });
    expect(other.result.warnings).toContainEqual(expect.objectContaining({ code: "ocr-readings-differ", en: expect.stringMatching(/^number: two OCR readings differ \("15\/KH-LĐLĐ" and /u) }));
    // The symbol read otherwise too: both empty.
    const both = await keepAgreedFields(result, words, second({ "15/KH-LĐLĐ": "16/KH-LĐLT" }).reread);
    expect(both.result.document).not.toHaveProperty("number");
    expect(both.result.document).not.toHaveProperty("symbol");
    const day = await keepAgreedFields(result, words, second({ "ngày 03": "ngày 08" }).reread);
    expect(day.result.document).not.toHaveProperty("date");
    expect(day.result.document).not.toHaveProperty("place");
  });

  test("a second reading that fused two words confirms them; one that parts a word the first reading fused does not", () => {
    const [subject] = readings(importText(TEXT) as ImportResult).filter((r) => r.label.en === "subject");
    expect(disagreement(subject!, wordsOfLines(["KẾ HOẠCH", "Kiểm tracông tác văn thư"]))).toBeUndefined();
    const fused = { ...subject!, evidence: ["Kiểm tracông tác"] };
    expect(disagreement(fused, wordsOfLines(["Kiểm tra công tác"]))).toEqual({ first: "Kiểm tracông tác", second: "Kiểm tra công" });
    // A word the first reading broke ("THƯỜN G") is not confirmed by one that reads it whole.
    const broken = { ...subject!, evidence: ["BAN THƯỜN G VỤ"] };
    expect(disagreement(broken, wordsOfLines(["BAN THƯỜNG VỤ"]))).toBeDefined();
  });

  test("a mark before a field's first word that the second reading does not show there is a speck: the field stays empty", () => {
    const [issuer] = readings(importText(TEXT) as ImportResult).filter((r) => r.label.en === "issuer");
    const specked = { ...issuer!, evidence: ["-LĐLĐ TỈNH LAI CHÂU"] };
    expect(disagreement(specked, wordsOfLines(["LĐLĐ TỈNH LAI CHÂU"]))).toBeUndefined();
    expect(strayMark(specked, ["LĐLĐ TỈNH LAI CHÂU"])).toEqual({ first: "-LĐLĐ", second: "LĐLĐ" });
    expect(strayMark(specked, ["-LĐLĐ TỈNH LAI CHÂU"])).toBeUndefined();
    expect(strayMark(issuer!, ["LĐLĐ TỈNH LAI CHÂU"])).toBeUndefined();
  });

  test("a word the first reading garbled, which the second and third show well-formed a letter or two apart, is replaced in the value with a warning", async () => {
    const garbled = TEXT.replace("KH-LĐLĐ", "KH-LĐÐLĐ").replace("công tác", "công ttác");
    // page-items.ts caps a misspelt word at MISSPELT: only the other readings make it sure.
    const firstWords = garbled.split("\n").flatMap((line, i) =>
      line
        .split(/\s+/u)
        .filter(Boolean)
        .map((text, k) => ({ text, conf: misspelt(text) ? 40 : 95, page: 1, y: yOf(i), line: `l${i}`, box: { left: 0.1 + k * 0.08, top: yOf(i) - 0.015, right: 0.17 + k * 0.08, bottom: yOf(i) } })),
    );
    const result = importText(garbled) as ImportResult;
    expect(result.document).toMatchObject({ symbol: { issuer: "LĐÐLĐ" }, subject: "Kiểm tra công ttác văn thư" });
    const agreed = await keepAgreedFields(result, firstWords, second().reread, 75);
    expect(agreed.result.document).toMatchObject({ number: 15, symbol: { issuer: "LĐLĐ" }, subject: "Kiểm tra công tác văn thư" });
    expect(agreed.result.warnings.filter((w) => w.code === "ocr-misread-word-replaced").map((w) => w.en)).toEqual([
      'number and symbol: a word the first OCR reading misread (no word, or no listed word), which the second and third readings both show: "15/KH-LĐÐLĐ" → "15/KH-LĐLĐ"',
      'subject: a word the first OCR reading misread (no word, or no listed word), which the second and third readings both show: "ttác" → "tác"',
    ]);
    // The third reading shows another word: nothing is replaced, the field stays empty.
    const split = await keepAgreedFields(result, firstWords, second({}, { "công tác": "công tấc" }).reread, 75);
    expect(split.result.document).not.toHaveProperty("subject");
    expect(split.result.document).toMatchObject({ symbol: { issuer: "LĐLĐ" } });
    // A well-formed word is never repaired into another: "tác" (listed with "công") read "tấc" by the
    // second and third readings empties the field; by the second alone, the third decides for "tác".
    const wellFormed = await keepAgreedFields(importText(TEXT) as ImportResult, words, second({ "công tác": "công tấc" }, { "công tác": "công tấc" }).reread, 75);
    expect(wellFormed.result.document).not.toHaveProperty("subject");
    const secondOnly = await keepAgreedFields(importText(TEXT) as ImportResult, words, second({ "công tác": "công tấc" }).reread, 75);
    expect(secondOnly.result.document.subject).toBe("Kiểm tra công tác văn thư");
  });

  test("a speck before an issuer's or a place's first word is dropped from the value with a warning; before the subject's, the subject stays empty", async () => {
    const specked = TEXT.replace("LĐLĐ TỈNH", "-LĐLĐ TỈNH").replace("Lai Châu, ngày", "__ Lai Châu, ngày").replace("Kiểm tra", "“Kiểm tra");
    const firstWords = firstReadingOf(specked);
    const result = importText(specked) as ImportResult;
    expect(result.document.issuer).toEqual({ body: ["-LĐLĐ TỈNH LAI CHÂU"] });
    const agreed = await keepAgreedFields(result, firstWords, second().reread);
    expect(agreed.result.document.issuer).toEqual({ body: ["LĐLĐ TỈNH LAI CHÂU"] });
    expect(agreed.result.document.place).toBe("Lai Châu");
    expect(agreed.result.document).not.toHaveProperty("subject");
    const dropped = agreed.result.warnings.filter((w) => w.code === "ocr-stray-mark-dropped").map((w) => w.en);
    expect(dropped).toEqual(expect.arrayContaining([expect.stringMatching(/^issuer: dropped "-" before the first word \("-LĐLĐ"\)/u), expect.stringMatching(/^place and date: dropped "__"/u)]));
    expect(agreed.result.warnings).toContainEqual(expect.objectContaining({ code: "ocr-readings-differ", en: expect.stringMatching(/^subject: /u) }));
  });

  test("a speck after the subject's last word is dropped with a warning; a full stop the second reading does not show empties the subject (the reader ended it there)", async () => {
    // Scan 66 of the held-out sweep: "… năm 2024-".
    const dashed = TEXT.replace("văn thư", "văn thư-");
    const kept = await keepAgreedFields(importText(dashed) as ImportResult, firstReadingOf(dashed), async (_p, boxes) => readBoxes(TEXT, boxes));
    expect(kept.result.document.subject).toBe("Kiểm tra công tác văn thư");
    expect(kept.result.warnings).toContainEqual(expect.objectContaining({ code: "ocr-stray-mark-dropped", en: expect.stringMatching(/^subject: dropped "-" after the last word \("thư-"\)/u) }));
    // Shown by the second reading too, the dash is print: kept as read.
    expect((await keepAgreedFields(importText(dashed) as ImportResult, firstReadingOf(dashed), async (_p, boxes) => readBoxes(dashed, boxes))).result.document.subject).toBe("Kiểm tra công tác văn thư-");
    // Scan 95: a speck read as a full stop after "văn" ended the subject, and its next line went to the body.
    const clean = TEXT.replace("Kiểm tra công tác văn thư\n\n", "Kiểm tra công tác văn\nthư năm 2024\n");
    const stopped = TEXT.replace("Kiểm tra công tác văn thư\n\n", "Kiểm tra công tác văn.\nthư năm 2024\n");
    const cut = importText(stopped) as ImportResult;
    expect(cut.document.subject).toBe("Kiểm tra công tác văn.");
    const agreed = await keepAgreedFields(cut, firstReadingOf(stopped), async (_p, boxes) => readBoxes(clean, boxes));
    expect(agreed.result.document).not.toHaveProperty("subject");
    expect(agreed.result.warnings).toContainEqual(expect.objectContaining({ code: "ocr-readings-differ", en: expect.stringContaining('("văn." and "văn")') }));
  });

  test('a hyphen or slash spaced on one side ("02- NQ/TW") is closed up as the second reading shows it; spaced alike there, it stays', async () => {
    // Scan 94 of the held-out sweep.
    const lopsided = TEXT.replace("Kiểm tra công tác văn thư", "Kiểm tra Nghị quyết 02- NQ/TW");
    const closed = TEXT.replace("Kiểm tra công tác văn thư", "Kiểm tra Nghị quyết 02-NQ/TW");
    const result = importText(lopsided) as ImportResult;
    const agreed = await keepAgreedFields(result, firstReadingOf(lopsided), async (_p, boxes) => readBoxes(closed, boxes));
    expect(agreed.result.document.subject).toBe("Kiểm tra Nghị quyết 02-NQ/TW");
    expect(agreed.result.warnings).toContainEqual(expect.objectContaining({ code: "ocr-spacing-closed", en: 'subject: "02- NQ" → "02-NQ", as the second reading shows it' }));
    expect((await keepAgreedFields(result, firstReadingOf(lopsided), async (_p, boxes) => readBoxes(lopsided, boxes))).result.document.subject).toBe("Kiểm tra Nghị quyết 02- NQ/TW");
  });

  test("a line of capitals the reader could not place between the issuer and the title: the issuer may lack a line, and stays empty", async () => {
    // Scan 56 of the held-out sweep: an issuer's second line run together with the motto.
    const joined = TEXT.replace("LĐLĐ TỈNH LAI CHÂU\n", "LĐLĐ TỈNH LAI CHÂU\nBAN TUYÊN GIÁO Độc lập tự do\n");
    const result = importText(joined) as ImportResult;
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: "unplaced-line", text: "BAN TUYÊN GIÁO Độc lập tự do" }));
    const agreed = await keepAgreedFields(result, firstReadingOf(joined), async (_p, boxes) => readBoxes(joined, boxes));
    expect(agreed.result.document).not.toHaveProperty("issuer");
    expect(agreed.result.warnings).toContainEqual(expect.objectContaining({ code: "ocr-issuer-incomplete", en: expect.stringContaining('"BAN TUYÊN GIÁO Độc lập tự do"') }));
    // An unplaced line in sentence case there is no issuer's line: the issuer stands.
    const note = TEXT.replace("LĐLĐ TỈNH LAI CHÂU\n", "LĐLĐ TỈNH LAI CHÂU\nGhi chú của văn thư\n");
    expect((importText(note) as ImportResult).warnings).toContainEqual(expect.objectContaining({ code: "unplaced-line", text: "Ghi chú của văn thư" }));
    const kept = await keepAgreedFields(importText(note) as ImportResult, firstReadingOf(note), async (_p, boxes) => readBoxes(note, boxes));
    expect(kept.result.document.issuer).toEqual({ body: ["LĐLĐ TỈNH LAI CHÂU"] });
  });

  test("a symbol whose first group becomes a type code once repaired is split again: by the title's kind, or left empty", async () => {
    // Scan 188 of the sweep: "1169/QĐÐ-SNV" split as issuer "QĐÐ", unit "SNV"; repaired to "QĐ", it read "QĐ-QĐ-SNV".
    const garbled = TEXT.replace("15/KH-LĐLĐ", "15/KHÐ-LĐLĐ");
    const firstWords = firstReadingOf(garbled).map((w) => (misspelt(w.text) ? { ...w, conf: 40 } : w));
    const result = importText(garbled) as ImportResult;
    expect(result.document).toMatchObject({ kind: "ke-hoach", symbol: { issuer: "KHÐ", unit: "LĐLĐ" } });
    const agreed = await keepAgreedFields(result, firstWords, second().reread, 75);
    expect(agreed.result.document.symbol).toEqual({ issuer: "LĐLĐ" });
    // Under another kind's title the repaired group is a type code the kind does not have: no guess.
    const other = garbled.replace("KẾ HOẠCH", "HƯỚNG DẪN");
    const otherResult = importText(other) as ImportResult;
    const unsettled = await keepAgreedFields(otherResult, firstReadingOf(other).map((w) => (misspelt(w.text) ? { ...w, conf: 40 } : w)), async (_p, boxes) => readBoxes(other.replace("KHÐ", "KH"), boxes), 75);
    expect(unsettled.result.document).not.toHaveProperty("symbol");
    expect(unsettled.result.warnings).toContainEqual(expect.objectContaining({ code: "ocr-symbol-unsettled", en: expect.stringContaining('first group "KH"') }));
  });

  test("of two symbols a letter apart, the one whose groups the issuer's words abbreviate, if the third reading shows it too", async () => {
    // Scan 175 of the sweep: "110/VTLUTNN-NVĐP" and "110/VTLTNN-NVĐP" under "CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC".
    const text = ["BỘ NỘI VỤ", "CỤC VĂN THƯ VÀ LƯU TRỮ", "NHÀ NƯỚC", "Số: 110/VTLTNN-NVĐP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 03 tháng 4 năm 2024", "", "KẾ HOẠCH", "Kiểm tra công tác văn thư", "", "Nội dung.", "", "KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Nguyễn Văn A"].join("\n");
    const garbled = text.replace("VTLTNN", "VTLUTNN");
    const reread = (shows: string, third = shows): Reread => async (_p, boxes, reading) => readBoxes(reading === "third" ? third : shows, boxes);
    const result = importText(garbled) as ImportResult;
    expect(result.document.symbol).toEqual({ issuer: "VTLUTNN", unit: "NVĐP" });
    const repaired = await keepAgreedFields(result, firstReadingOf(garbled), reread(text));
    expect(repaired.result.document.symbol).toEqual({ issuer: "VTLTNN", unit: "NVĐP" });
    expect(repaired.result.warnings).toContainEqual(expect.objectContaining({ code: "ocr-misread-word-replaced", en: expect.stringContaining('"110/VTLUTNN-NVĐP" → "110/VTLTNN-NVĐP"') }));
    // The third reading showing the first's symbol: no repair, the field is empty.
    expect((await keepAgreedFields(result, firstReadingOf(garbled), reread(text, garbled))).result.document).not.toHaveProperty("symbol");
    // The first reading right, the second garbled: the third decides, and shows it.
    const kept = await keepAgreedFields(importText(text) as ImportResult, firstReadingOf(text), reread(garbled, text));
    expect(kept.result.document.symbol).toEqual({ issuer: "VTLTNN", unit: "NVĐP" });
    // A unit the issuer does not name ("NVĐP"/"NVDĐP"): nothing to choose by, the field is empty.
    const unit = text.replace("NVĐP", "NVDĐP");
    expect((await keepAgreedFields(importText(text) as ImportResult, firstReadingOf(text), reread(unit))).result.document).not.toHaveProperty("symbol");
  });

  test("an issuer that holds the national title (the two columns run together, a word of the title misread) stays empty", async () => {
    // Scan 156 of the sweep: "SỞ NỘI VỤ GỘNG HÒA XÃ HỘI …" was not cut; "GỘNG" repaired to "CỘNG" afterwards.
    const joined = TEXT.replace("LĐLĐ TỈNH LAI CHÂU", "LĐLĐ TỈNH LAI CHÂU GỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").replace("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", "");
    const result = importText(joined) as ImportResult;
    expect(result.document.issuer).toEqual({ body: ["LĐLĐ TỈNH LAI CHÂU GỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"] });
    const firstWords = firstReadingOf(joined).map((w) => (w.text === "GỘNG" ? { ...w, conf: 40 } : w));
    const agreed = await keepAgreedFields(result, firstWords, async (_p, boxes) => readBoxes(joined.replace("GỘNG", "CỘNG"), boxes), 75);
    expect(agreed.result.document).not.toHaveProperty("issuer");
    expect(agreed.result.warnings).toContainEqual(expect.objectContaining({ code: "ocr-issuer-holds-title" }));
    // Read right the first time, the line is cut before the title by the layout: the issuer stands.
    const whole = joined.replace("GỘNG", "CỘNG");
    expect((await keepAgreedFields(importText(whole) as ImportResult, firstReadingOf(whole), async (_p, boxes) => readBoxes(whole, boxes))).result.document.issuer).toEqual({ body: ["LĐLĐ TỈNH LAI CHÂU"] });
  });

  test("a mark alone between two words that the second reading does not show is a speck: dropped; a dash there empties the field", async () => {
    // Scan 182 of the sweep: 'báo cáo hoạt động " công đoàn', both readings' words alike.
    const quoted = TEXT.replace("công tác", 'công " tác');
    const dropped = await keepAgreedFields(importText(quoted) as ImportResult, firstReadingOf(quoted), async (_p, boxes) => readBoxes(TEXT, boxes));
    expect(dropped.result.document.subject).toBe("Kiểm tra công tác văn thư");
    expect(dropped.result.warnings).toContainEqual(expect.objectContaining({ code: "ocr-stray-mark-dropped", en: expect.stringMatching(/^subject: dropped """ between two words \("công " tác"\)/u) }));
    // Shown beside a word by the second reading, the mark is print.
    const shown = await keepAgreedFields(importText(quoted) as ImportResult, firstReadingOf(quoted), async (_p, boxes) => readBoxes(TEXT.replace("công tác", 'công "tác'), boxes));
    expect(shown.result.document.subject).toBe('Kiểm tra công " tác văn thư');
    // A dash may stand alone in print ("2023 – 2028"): not shown, the subject is left empty, not cut.
    const dashed = TEXT.replace("công tác", "công – tác");
    const emptied = await keepAgreedFields(importText(dashed) as ImportResult, firstReadingOf(dashed), async (_p, boxes) => readBoxes(TEXT, boxes));
    expect(emptied.result.document).not.toHaveProperty("subject");
    expect(emptied.result.warnings).toContainEqual(expect.objectContaining({ code: "ocr-readings-differ", en: expect.stringMatching(/^subject: /u) }));
  });

  test("a subject whose two words are no listed word but would be with another tone above a hatted vowel ('kiếm tra') stays empty, however many readings agree", async () => {
    // Scan 197 of the sweep: three readings agreed on "Tố chức".
    const misread = TEXT.replace("Kiểm tra", "Kiếm tra");
    const agreed = await keepAgreedFields(importText(misread) as ImportResult, firstReadingOf(misread), async (_p, boxes) => readBoxes(misread, boxes));
    expect(agreed.result.document).not.toHaveProperty("subject");
    expect(agreed.result.warnings).toContainEqual(expect.objectContaining({ code: "ocr-tone-doubted", en: 'subject: OCR read "Kiếm tra", not a listed word, where "Kiểm tra" (one tone mark apart) is: left empty for a person to fill' }));
    expect((await keepAgreedFields(importText(TEXT) as ImportResult, words, async (_p, boxes) => readBoxes(TEXT, boxes))).result.document.subject).toBe("Kiểm tra công tác văn thư");
  });

  test("a closing band not read whole (an authority's line among the recipients, a line left unplaced after the signature) leaves the signature empty", async () => {
    // Scan 236 of the sweep: "-KT. GIÁM ĐỐC" taken for a recipient, "Lê Thị Thu Hương." unplaced: "PHÓ GIÁM ĐỐC" alone looked like a signer signing in person.
    const band = TEXT.replace("TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nNguyễn Văn A", "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n-TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nNguyễn Văn A.");
    const result = importText(band) as ImportResult;
    expect(result.document.signature).toEqual({ title: "CHỦ TỊCH" });
    const agreed = await keepAgreedFields(result, firstReadingOf(band), async (_p, boxes) => readBoxes(band, boxes));
    expect(agreed.result.document.signature?.title).toBeUndefined();
    expect(agreed.result.warnings).toContainEqual(expect.objectContaining({ code: "ocr-signature-incomplete", en: expect.stringContaining('"-TM. BAN THƯỜNG VỤ"') }));
    // Read whole, the same band keeps its signature.
    const whole = TEXT.replace("TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nNguyễn Văn A", "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nNguyễn Văn A");
    const kept = await keepAgreedFields(importText(whole) as ImportResult, firstReadingOf(whole), async (_p, boxes) => readBoxes(whole, boxes));
    expect(kept.result.document.signature).toMatchObject({ authority: ["TM. BAN THƯỜNG VỤ"], title: "CHỦ TỊCH", name: "Nguyễn Văn A" });
  });

  test("a subject that ends in a full stop both readings show stays empty: a subject has none, and the reader ended it there", async () => {
    // Scan 206 of the sweep: a speck after "năm 2024", seen by both readings.
    const stopped = TEXT.replace("Kiểm tra công tác văn thư\n", "Kiểm tra công tác văn thư.\n");
    const agreed = await keepAgreedFields(importText(stopped) as ImportResult, firstReadingOf(stopped), async (_p, boxes) => readBoxes(stopped, boxes));
    expect(agreed.result.document).not.toHaveProperty("subject");
    expect(agreed.result.warnings).toContainEqual(expect.objectContaining({ code: "ocr-subject-full-stop" }));
  });

  test("marks between two of the subject's words that the second reading shows otherwise, side by side, leave the subject empty", async () => {
    // Scan 236 of the sweep: "cơ quan: năm 2024" read "cơ quan năm 2024" the second time.
    const colon = TEXT.replace("công tác văn thư", "công tác: văn thư");
    const lost = await keepAgreedFields(importText(colon) as ImportResult, firstReadingOf(colon), async (_p, boxes) => readBoxes(TEXT, boxes));
    expect(lost.result.document).not.toHaveProperty("subject");
    expect(lost.result.warnings).toContainEqual(expect.objectContaining({ code: "ocr-readings-differ", en: expect.stringContaining('("tác: văn" and "tác văn")') }));
    // Not the other way: a mark only the second reading shows is taken for a speck at its crop's
    // edge (scans 152, 162: "động,công" where a line ends), and the subject stands as first read.
    const comma = TEXT.replace("công tác văn thư", "công tác, văn thư");
    expect((await keepAgreedFields(importText(TEXT) as ImportResult, words, async (_p, boxes) => readBoxes(comma, boxes))).result.document.subject).toBe("Kiểm tra công tác văn thư");
    // Shown alike, spacing aside, the subject stands.
    const spaced = TEXT.replace("công tác văn thư", "công tác , văn thư");
    expect((await keepAgreedFields(importText(comma) as ImportResult, firstReadingOf(comma), async (_p, boxes) => readBoxes(spaced, boxes))).result.document.subject).toBe("Kiểm tra công tác, văn thư");
  });

  test("a word below the threshold in the first reading is sure when the second, which agrees, is sure of it; unsure in both, the field is empty", async () => {
    const result = importText(TEXT) as ImportResult;
    const unsure = words.map((w) => (w.text === "TỈNH" ? { ...w, conf: 60 } : w));
    const sure = await keepAgreedFields(result, unsure, second().reread, 75);
    expect(sure.result.document.issuer).toBeDefined();
    const doubtful: Reread = async (_page, boxes) => readBoxes(TEXT, boxes).map((box) => box.map((l) => l.map((w) => (w.text === "TỈNH" ? { ...w, conf: 50 } : w))));
    const empty = await keepAgreedFields(result, unsure, doubtful, 75);
    expect(empty.result.document).not.toHaveProperty("issuer");
    expect(empty.result.warnings).toContainEqual(expect.objectContaining({ code: "ocr-low-confidence", en: expect.stringContaining("60% confidence (below 75%)") }));
    // Unsure in the first two readings, sure in the third that shows it too: kept (three readings, one sure).
    const thirdSure: Reread = async (page, boxes, reading) => (reading === "third" ? readBoxes(TEXT, boxes) : doubtful(page, boxes, reading));
    const third = await keepAgreedFields(result, unsure, thirdSure, 75);
    expect(third.result.document.issuer).toEqual({ body: ["LĐLĐ TỈNH LAI CHÂU"] });
    // The third reading shows another word: the field is empty.
    const thirdOther: Reread = async (page, boxes, reading) => (reading === "third" ? readBoxes(TEXT.replace("TỈNH", "THÀNH"), boxes) : doubtful(page, boxes, reading));
    expect((await keepAgreedFields(result, unsure, thirdOther, 75)).result.document).not.toHaveProperty("issuer");
    // A word of free text under a seal's ink stays unsure, however sure the second reading (through the same ink).
    const sealed = words.map((w) => (w.text === "công" ? { ...w, conf: 30, covered: true as const } : w));
    expect((await keepAgreedFields(result, sealed, second().reread, 75)).result.document).not.toHaveProperty("subject");
    // A closed list's line is spelt by its entry: under ink, its words are as sure as the second
    // reading is of their letters; unsure there too, the field is empty.
    const sealedListed = words.map((w) => (w.text === "TỈNH" ? { ...w, conf: 30, covered: true as const } : w));
    expect((await keepAgreedFields(result, sealedListed, second().reread, 75)).result.document.issuer).toEqual({ body: ["LĐLĐ TỈNH LAI CHÂU"] });
    expect((await keepAgreedFields(result, sealedListed, doubtful, 75)).result.document).not.toHaveProperty("issuer");
    const otherMarks: Reread = async (_page, boxes) => readBoxes(TEXT, boxes).map((box) => box.map((l) => l.map((w) => (w.text === "TỈNH" ? { ...w, text: "TĨNH" } : w))));
    expect((await keepAgreedFields(result, sealedListed, otherMarks, 75)).result.document.issuer).toEqual({ body: ["LĐLĐ TỈNH LAI CHÂU"] });
    // Nor is a word with marks OCR confuses ("Kiểm"): the first reading must be sure of it.
    const unsureMark = words.map((w) => (w.text === "Kiểm" ? { ...w, conf: 60 } : w));
    expect((await keepAgreedFields(result, unsureMark, second().reread, 75)).result.document).not.toHaveProperty("subject");
  });

  test("a number whose symbol the page shows elsewhere (issuer's word, kind's title) is sure when its digits, read alone, are", async () => {
    const result = importText(TEXT) as ImportResult;
    // OCR is unsure of "15/KH-LĐLĐ" in every reading (its capitals), sure of "LĐLĐ" in the issuer.
    const unsure = words.map((w) => (w.text === "15/KH-LĐLĐ" ? { ...w, conf: 40 } : w));
    const digits = (text: string, conf = 92): Reread => async (_page, boxes, reading) => {
      // The digits' own box: the number word's left part only.
      if (boxes.length === 1 && boxes[0]!.right - boxes[0]!.left < 0.05) return [[[{ text, conf }]]];
      return readBoxes(TEXT, boxes).map((box) => box.map((l) => l.map((w) => (w.text === "15/KH-LĐLĐ" ? { ...w, conf: reading === "third" ? 50 : 45 } : w))));
    };
    const kept = await keepAgreedFields(result, unsure, digits("15/"), 75);
    expect(kept.result.document).toMatchObject({ number: 15, symbol: { issuer: "LĐLĐ" } });
    // The digits read alone as others, or unsurely: empty.
    expect((await keepAgreedFields(result, unsure, digits("16/"), 75)).result.document).not.toHaveProperty("number");
    expect((await keepAgreedFields(result, unsure, digits("15/", 60), 75)).result.document).not.toHaveProperty("number");
    // The issuer's "LĐLĐ" unsure too: nothing shows the symbol elsewhere.
    const issuerUnsure = unsure.map((w) => (w.text === "LĐLĐ" ? { ...w, conf: 50 } : w));
    expect((await keepAgreedFields(result, issuerUnsure, digits("15/"), 75)).result.document).not.toHaveProperty("number");
  });

  test('a word the first reading fused ("côngtác") is parted as the second and third readings show it; the third showing another word, the field is empty', async () => {
    const fused = TEXT.replace("công tác", "côngtác");
    const firstWords = firstReadingOf(fused);
    const result = importText(fused) as ImportResult;
    const parted = await keepAgreedFields(result, firstWords, second().reread);
    expect(parted.result.document.subject).toBe("Kiểm tra công tác văn thư");
    expect(parted.result.warnings).toContainEqual(expect.objectContaining({ code: "ocr-misread-word-replaced", en: expect.stringContaining('"côngtác" → "công tác"') }));
    const thirdOther = await keepAgreedFields(result, firstWords, second({}, { "công tác": "công tắc" }).reread);
    expect(thirdOther.result.document).not.toHaveProperty("subject");
  });

  test('a long word the first reading fused and garbled ("TỈNHHLAICHÂU", a letter read twice) is parted as the second and third readings show it, one letter in four at most', async () => {
    const fused = TEXT.replace("LĐLĐ TỈNH LAI CHÂU", "LĐLĐ TỈNHHLAICHÂU");
    const result = importText(fused) as ImportResult;
    const parted = await keepAgreedFields(result, firstReadingOf(fused), second().reread);
    expect(parted.result.document.issuer).toEqual({ body: ["LĐLĐ TỈNH LAI CHÂU"] });
    expect(parted.result.warnings).toContainEqual(expect.objectContaining({ code: "ocr-misread-word-replaced", en: expect.stringContaining('"TỈNHHLAICHÂU" → "TỈNH LAI CHÂU"') }));
    // The third reading shows another word: empty.
    expect((await keepAgreedFields(result, firstReadingOf(fused), second({}, { "LAI CHÂU": "LAI CHÂN" }).reread)).result.document).not.toHaveProperty("issuer");
    // Three letters off, or a shorter word two off ("TỈNHHLAICHUUU", "LACHÂUU"): no longer those
    // words, though the other two readings agree.
    for (const far of ["LĐLĐ TỈNHHLAICHUUU", "LĐLĐ TỈNH LACHÂUU"]) {
      const garbled = TEXT.replace("LĐLĐ TỈNH LAI CHÂU", far);
      expect((await keepAgreedFields(importText(garbled) as ImportResult, firstReadingOf(garbled), second().reread)).result.document).not.toHaveProperty("issuer");
    }
  });

  test("a line another reading read twice (the end of the next line, taken in by a skewed line's crop) is no difference; a line of other words is", () => {
    const text = TEXT.replace("Kiểm tra công tác văn thư", "thực hiện Nghị quyết về đổi\nmới tổ chức của Công đoàn Việt Nam trong tình hình mới");
    const subject = readings(importText(text) as ImportResult).find((r) => r.keys[0] === "subject")!;
    expect(subject.evidence).toEqual(["thực hiện Nghị quyết về đổi mới tổ chức của Công đoàn Việt Nam trong tình hình mới"]);
    const lines = (middle: string) => ["thực hiện Nghị quyết về đổi", middle, "mới tổ chức của Công đoàn Việt Nam trong tình hình mới"];
    // Scan 14 of the sweep: "Nam tình hình mới" between the two lines it belongs to.
    expect(wordsOfLines(lines("Nam tình hình mới")).words).toEqual(wordsOfLines(lines("")).words);
    expect(disagreement(subject, wordsOfLines(lines("Nam tình hình mới")))).toBeUndefined();
    // Not in that order, a word the line beside lacks, or one word alone: another line.
    for (const other of ["tình hình Nam mới", "Nam tình hình cũ", "Nam"]) expect(disagreement(subject, wordsOfLines(lines(other)))).toBeDefined();
  });

  test('a công văn\'s "V/v" is no part of its subject: a second reading\'s "Ví" for it changes nothing', async () => {
    const text = ["LĐLĐ TỈNH LAI CHÂU", "Số: 15/LĐLĐ", "V/v tổ chức hội nghị", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Lai Châu, ngày 03 tháng 4 năm 2024", "", "Kính gửi: Các công đoàn cơ sở.", "", "Nội dung."].join("\n");
    const firstWords = firstReadingOf(text);
    const result = importText(text) as ImportResult;
    expect(result.document.subject).toBe("tổ chức hội nghị");
    const vi: Reread = async (_page, boxes) => readBoxes(text.replace("V/v", "Ví"), boxes);
    expect((await keepAgreedFields(result, firstWords, vi)).result.document.subject).toBe("tổ chức hội nghị");
    const other: Reread = async (_page, boxes) => readBoxes(text.replace("hội nghị", "hội thảo"), boxes);
    expect((await keepAgreedFields(result, firstWords, other)).result.document).not.toHaveProperty("subject");
  });

  test('of two readings of the place that differ only in marks ("Đông"/"Đồng Anh"), the one the issuer\'s lines show, if a third reading shows it too', async () => {
    const text = TEXT.replace("LĐLĐ TỈNH LAI CHÂU", "UBND HUYỆN ĐÔNG ANH").replace("Lai Châu, ngày", "Đông Anh, ngày");
    const firstWords = firstReadingOf(text);
    const result = importText(text) as ImportResult;
    expect(result.document.place).toBe("Đông Anh");
    const read = (second: string, third: string): Reread => async (_page, boxes, reading = "second") => readBoxes(text.replace("Đông Anh, ngày", `${reading === "third" ? third : second} Anh, ngày`), boxes);
    expect((await keepAgreedFields(result, firstWords, read("Đồng", "Đông"))).result.document.place).toBe("Đông Anh");
    // The third reading sides with the second: empty, whatever the issuer shows.
    expect((await keepAgreedFields(result, firstWords, read("Đồng", "Đồng"))).result.document).not.toHaveProperty("place");
    // The issuer not naming it ("Đông" is not in "LĐLĐ TỈNH LAI CHÂU"): a disagreement, as before.
    const unnamed = TEXT.replace("Lai Châu, ngày", "Đông Anh, ngày");
    const unnamedRead: Reread = async (_page, boxes) => readBoxes(unnamed.replace("Đông Anh, ngày", "Đồng Anh, ngày"), boxes);
    expect((await keepAgreedFields(importText(unnamed) as ImportResult, firstReadingOf(unnamed), unnamedRead)).result.document).not.toHaveProperty("place");
  });

  test("a handwritten number's and day's traces are no part of the field: the symbol and the place are compared, whatever another reading makes of the traces", async () => {
    const text = TEXT.replace("Số: 15/KH-LĐLĐ", "Số: 32) /KH-LĐLĐ").replace("ngày 03 tháng 4", "ngày @3 tháng 0I");
    const firstWords = firstReadingOf(text);
    const result = importText(text) as ImportResult;
    expect(result.document).toMatchObject({ number: null, symbol: { issuer: "LĐLĐ" }, place: "Lai Châu" });
    const read = (changes: Record<string, string>): Reread => async (_page, boxes) => readBoxes(Object.entries(changes).reduce((t, [a, b]) => t.replace(a, b), text), boxes);
    const kept = await keepAgreedFields(result, firstWords, read({ "32)": "3", "@3": "23", "0I": "01" }), 75);
    expect(kept.result.document).toMatchObject({ number: null, symbol: { issuer: "LĐLĐ" }, place: "Lai Châu" });
    // The printed parts read otherwise: emptied, the warning quoting the line as read.
    const other = await keepAgreedFields(result, firstWords, read({ "/KH-LĐLĐ": "/KH-LĐLT", "Lai Châu, ngày": "Lai Chân, ngày" }), 75);
    expect(other.result.document).not.toHaveProperty("symbol");
    expect(other.result.document).not.toHaveProperty("place");
    expect(other.result.warnings).toContainEqual(expect.objectContaining({ code: "ocr-readings-differ", text: "Số: 32) /KH-LĐLĐ" }));
    // A blank number: its label read "Số" once and "Số:" the other time changes nothing.
    const blank = TEXT.replace("Số: 15/KH-LĐLĐ", "Số /KH-LĐLĐ");
    const blankRead: Reread = async (_page, boxes) => readBoxes(TEXT.replace("Số: 15/KH-LĐLĐ", "Số: /KH-LĐLĐ"), boxes);
    const blankKept = await keepAgreedFields(importText(blank) as ImportResult, firstReadingOf(blank), blankRead, 75);
    expect(blankKept.result.document).toMatchObject({ number: null, symbol: { issuer: "LĐLĐ" } });
  });

  test("a second reading that fails confirms nothing", async () => {
    const result = importText(TEXT) as ImportResult;
    const agreed = await keepAgreedFields(result, words, () => Promise.reject(new Error("tesseract: no answer within 60000 ms")));
    expect(agreed.result.ok).toBe(false);
    for (const k of ["issuer", "number", "date", "kind", "subject"]) expect(agreed.result.document).not.toHaveProperty(k);
  });

  test("property: a field is kept only if the second reading shows its words, whatever one letter of it becomes; a garbled word changes nothing", async () => {
    const result = importText(TEXT) as ImportResult;
    const unchanged = (await keepAgreedFields(result, words, async (_page, boxes) => readBoxes(TEXT, boxes))).result.document;
    const letters = [...TEXT].map((c, i) => [c, i] as const).filter(([c]) => /\p{L}|\d/u.test(c));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...letters), fc.constantFrom("a", "ả", "ấ", "Ậ", "7", "ư"), async ([c, i], to) => {
        fc.pre(c !== to);
        const changed = TEXT.slice(0, i) + to + TEXT.slice(i + 1);
        const agreed = await keepAgreedFields(result, words, async (_page, boxes) => readBoxes(changed, boxes));
        // A letter that makes its word garbled (no Vietnamese syllable, a letter or two off):
        // the other readings neither confirm nor contradict, and the first reading stands.
        // Garbled where it stands, too: "nẬm 2024", "năm 20724" in the date line (garbledAt).
        const lineStart = changed.lastIndexOf("\n", i) + 1;
        const line = changed.slice(lineStart, (changed.indexOf("\n", i) + 1 || changed.length + 1) - 1);
        const tokens = comparable(line);
        const k = comparable(changed.slice(lineStart, i + 1)).length - 1;
        if (garbledAt(tokens, k, line.includes(" ngày "))) return void expect(agreed.result.document).toEqual(unchanged);
        // A field whose number is empty is its symbol, compared without what stands for the number.
        const seenBy = (r: { numberTraces?: boolean }) => wordsOfLines(changed.split("\n").map((l) => (r.numberTraces ? (withoutNumberTraces(l, true) ?? l) : l))).words.join(" ");
        const fold = (s: string, anyCase?: boolean) => (anyCase ? s.toLocaleLowerCase("vi") : s);
        // A line of a closed vocabulary's is shown when its base letters are (ocr-vocabulary.test.ts).
        const bases = (s: string) => s.split(" ").map(baseLetters).join(" ");
        for (const r of readings(agreed.result).filter((f) => f.keys.some((k) => agreed.result.fields[k] === "text"))) {
          const seen = seenBy(r);
          for (const e of r.evidence) {
            if (r.vocabulary && matchVocabulary(e, r.vocabulary)) expect(bases(` ${seen} `)).toContain(bases(` ${comparable(e).join(" ")} `));
            else expect(fold(` ${seen} `, r.anyCase)).toContain(fold(` ${comparable(e).join(" ")} `, r.anyCase));
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("a type code under a handwritten number's ink, confirmed by the kind's title (issue 15)", () => {
  // Ink over the word's first 30 px of 100: the first part of "KH/TU" (K, H of 5 letters).
  const ink = new InkMap(200, 64);
  for (let x = 0; x < 32; x++) for (let y = 0; y < 32; y++) ink.add(x, y);
  const word = { text: "KH/TU", left: 0, top: 0, width: 100, height: 32 };

  test("inkedParts: the parts of a word joined by / or - that the ink lies over; none for a word of one part", () => {
    expect(inkedParts(word, ink)).toEqual(["KH"]);
    expect(inkedParts({ ...word, left: 120, width: 70 }, ink)).toEqual([]);
    expect(inkedParts({ ...word, text: "KHTU" }, ink)).toBeUndefined();
  });

  test("confirmedByKind: only when the inked part is the symbol's type code alone and the title was read on its own line", () => {
    const text = ["TỈNH ỦY THỪA THIÊN HUẾ", "Số KH/TU", "Thừa Thiên Huế, ngày 13 tháng 9 năm 2022", "KẾ HOẠCH", "Thực hiện nghị quyết", "", "Nội dung."].join("\n");
    const result = importText(text) as ImportResult;
    expect(result.document).toMatchObject({ kind: "ke-hoach", symbol: { issuer: "TU" } });
    const covered = (inked: string[], w = "KH/TU"): ConfidentWord => ({ text: w, conf: 30, covered: true, inked, ocrConf: 90 });
    expect([...confirmedByKind(result, [covered(["KH"])])]).toEqual(["KH/TU"]);
    // The issuer's part under ink, or both parts: not confirmed.
    expect(confirmedByKind(result, [covered(["TU"])]).size).toBe(0);
    expect(confirmedByKind(result, [covered(["KH", "TU"])]).size).toBe(0);
    // No title line: the kind came from the symbol itself, which confirms nothing.
    const untitled = importText(text.replace("KẾ HOẠCH\n", "")) as ImportResult;
    expect(confirmedByKind(untitled, [covered(["KH"])]).size).toBe(0);
    // A type code other than the kind's (kept in the symbol): not confirmed.
    const other = importText(text.replace("Số KH/TU", "Số TB/TU")) as ImportResult;
    expect(confirmedByKind(other, [covered(["TB"], "TB/TU")]).size).toBe(0);
  });
});
