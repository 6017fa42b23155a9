// The pieces of the OCR reader that need no OCR engine (issue 15): Tesseract's TSV, the colour
// marks taken off a page image, OCR words placed on baselines with the skew taken out, the bad
// text layer, a field's confidence and the fields left empty below the threshold.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { ImportResult } from "../../src/readers/archive/types.js";
import { confidenceIndex, dropUnsureFields, textConfidence, withoutNumberTraces } from "../../src/readers/ocr/confidence.js";
import { misspelt, pageItems, skewOf } from "../../src/readers/ocr/page-items.js";
import { grayWithoutColour, inkedSpan, stackCrops, toPgm, type GrayImage } from "../../src/readers/ocr/raster.js";
import { badTextLayer } from "../../src/readers/ocr/text-layer.js";
import { parseTsv, type OcrWord } from "../../src/readers/ocr/tsv.js";
import { importText } from "../../src/readers/archive/import-text.js";
import type { PdfItem, PdfPage } from "../../src/readers/pdf/text-items.js";
import { layoutPages } from "../../src/readers/pdf/read-pdf.js";

const TSV_HEAD = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext";

describe("Tesseract TSV", () => {
  test("words with their boxes, confidence and line; line boxes by the same key; bad rows skipped", () => {
    const tsv = [
      TSV_HEAD,
      "4\t1\t1\t1\t1\t0\t100\t200\t300\t60\t-1\t",
      "5\t1\t1\t1\t1\t1\t100\t200\t80\t50\t96.5\tCỘNG",
      "5\t1\t1\t1\t1\t2\t190\t200\t60\t50\t91\tHÒA",
      "5\t1\t1\t1\t1\t3\t260\t200\t60\t50\t95\t ",
      "garbage",
      "5\t1\tx\t1\t1\t3\tnope\t200\t60\t50\t95\tX",
    ].join("\n");
    const { words, lines } = parseTsv(tsv);
    expect(words).toEqual([
      { text: "CỘNG", conf: 96.5, left: 100, top: 200, width: 80, height: 50, line: "1.1.1" },
      { text: "HÒA", conf: 91, left: 190, top: 200, width: 60, height: 50, line: "1.1.1" },
    ]);
    expect(lines.get("1.1.1")).toEqual({ left: 100, top: 200, width: 300, height: 60 });
  });

  test("never throws on any text", () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000 }), (s) => void parseTsv(s)));
  });
});

/** A 2×2 P6 image from its pixels. */
const ppm = (rgb: number[]) => new Uint8Array([...new TextEncoder().encode("P6\n# comment\n2 2\n255\n"), ...rgb]);

describe("colour marks off the page image", () => {
  test("a red seal, a violet stamp and blue ink go white; black print and gray noise stay; print under the seal keeps its red channel", () => {
    const { image, coloured } = grayWithoutColour(ppm([212, 32, 32, 0, 0, 0, 26, 63, 176, 120, 120, 125]));
    expect([...image.pixels]).toEqual([255, 0, 255, 120]);
    expect(coloured).toBe(0.5);
    // Gray print (140) multiplied by the seal's red (212, 32, 32); the seal's pale fringe; violet.
    expect([...grayWithoutColour(ppm([116, 17, 17, 240, 168, 168, 106, 42, 154, 0, 0, 0])).image.pixels]).toEqual([116, 255, 255, 0]);
    expect(toPgm(image).subarray(0, 11)).toEqual(new TextEncoder().encode("P5\n2 2\n255\n"));
  });

  test("parts of an image set one under the other on white, clipped to the image, with where each lies", () => {
    const image = { width: 4, height: 3, pixels: new Uint8Array([0, 1, 2, 3, 10, 11, 12, 13, 20, 21, 22, 23]) };
    const { image: stacked, rows } = stackCrops(image, [{ left: 1, top: 0, width: 2, height: 1 }, { left: 3, top: 1, width: 5, height: 9 }], 1);
    expect(rows).toEqual([[1, 2], [3, 5]]);
    expect(stacked.width).toBe(4);
    expect([...stacked.pixels]).toEqual([255, 255, 255, 255, 255, 1, 2, 255, 255, 255, 255, 255, 255, 13, 255, 255, 255, 23, 255, 255, 255, 255, 255, 255]);
  });

  test("a gray image passes as it is; a file that is not an 8-bit PNM is refused", () => {
    const pgm = new Uint8Array([...new TextEncoder().encode("P5 2 1 255\n"), 7, 200]);
    expect([...grayWithoutColour(pgm).image.pixels]).toEqual([7, 200]);
    expect(() => grayWithoutColour(new TextEncoder().encode("P6\n2 2\n65535\n"))).toThrow(/8-bit PNM/u);
    expect(() => grayWithoutColour(new TextEncoder().encode("P6\n200 200\n255\nabc"))).toThrow(/cut short/u);
  });
});

const word = (text: string, left: number, top: number, line: string, conf = 95, width = 60, height = 40): OcrWord => ({ text, left, top, width, height, line, conf });

describe("OCR words placed for the PDF reader's layout", () => {
  test("a skewed page: each line's words on one baseline, the left and right columns level again (P-HDR)", () => {
    // 1 % skew: the right column's line sits 15 px lower at x ≈ 1500 than the left one at x ≈ 100.
    const slope = 0.01;
    const at = (x: number, y: number) => Math.round(y + slope * x);
    const words = [
      ...["BỘ", "NỘI", "VỤ", "A", "B"].map((t, i) => word(t, 100 + i * 120, at(100 + i * 120, 200), "1.1.1")),
      ...["CỘNG", "HÒA", "XÃ", "HỘI", "CHỦ"].map((t, i) => word(t, 1200 + i * 130, at(1200 + i * 130, 200), "2.1.1")),
    ];
    expect(skewOf(words)).toBeCloseTo(slope, 2);
    const { items } = pageItems(words, new Map(), 300, 2480);
    const ys = items.map((i) => i.y);
    // Without the skew taken out the two columns would stand 12 px (2.9 pt) apart.
    expect(Math.max(...ys) - Math.min(...ys)).toBeLessThan(1);
    // Pixels become pt at 72/300; each word is drawn narrower than its box, so the space stays.
    expect(items[0]).toMatchObject({ str: "BỘ", x: 24, bold: false });
    expect(items[0]!.width).toBeLessThan(60 * 0.24);
  });

  test("signature overlays and incoming stamps go with a note; unreadable lines go; specks go", () => {
    const words = [
      word("Ký", 100, 100, "1.1.1"), word("bởi:", 170, 100, "1.1.1"), word("Nguyễn", 240, 100, "1.1.1"),
      word("CÔNG", 100, 300, "2.1.1"), word("VĂN", 170, 300, "2.1.1"), word("ĐẾN", 240, 300, "2.1.1"),
      word("Ugh", 100, 500, "3.1.1", 20), word("zz", 170, 500, "3.1.1", 30),
      word("Kính", 100, 700, "4.1.1"), word("gửi:", 170, 700, "4.1.1"), word("¬", 240, 700, "4.1.1", 50),
    ];
    const r = pageItems(words, new Map(), 300, 2480);
    expect(r.items.map((i) => i.str)).toEqual(["Kính", "gửi:"]);
    expect(r.dropped).toEqual([
      { text: "Ký bởi: Nguyễn", reason: "overlay" },
      { text: "CÔNG VĂN ĐẾN", reason: "overlay" },
      { text: "Ugh zz", reason: "unreadable" },
    ]);
  });

  test('a dash opening a line that OCR is unsure of is a speck (before "HƯỚNG DẪN", "V/v"); a sure one opens a list item', () => {
    const words = [word("-", 100, 300, "1.1.1", 50), word("HƯỚNG", 140, 300, "1.1.1"), word("DẪN", 260, 300, "1.1.1"), word("-", 100, 500, "2.1.1", 93), word("Như", 140, 500, "2.1.1"), word("trên;", 200, 500, "2.1.1")];
    expect(pageItems(words, new Map(), 300, 2480).items.map((i) => i.str)).toEqual(["HƯỚNG", "DẪN", "-", "Như", "trên;"]);
  });

  test("a dash whose ink is a dot (under a tenth of its line's height wide) is a speck, however sure; a printed dash stays", () => {
    const words = [
      word("Số:", 520, 300, "1.1.1"), word("1114/QĐ-SNV", 600, 300, "1.1.1", 89, 320), word("-", 1146, 318, "1.1.1", 80, 3, 3), word("Lai", 1270, 300, "1.1.1"),
      word("Độc", 1340, 200, "2.1.1"), word("lập", 1410, 200, "2.1.1"), word("-", 1480, 215, "2.1.1", 93, 15, 6), word("Tự", 1510, 200, "2.1.1"),
    ];
    expect(pageItems(words, new Map(), 300, 2480).items.map((i) => i.str)).toEqual(["Số:", "1114/QĐ-SNV", "Lai", "Độc", "lập", "-", "Tự"]);
  });

  test('a mark glued before a line\'s "Số:" or an authority\'s "KT." is a speck ("-Số:", ".Số:", "-KT."); elsewhere, and before other words, marks stay', () => {
    // Scans 160 and 196 of the sweep: with the mark the line was no number line, and the number was lost.
    const words = [
      word(".Số:", 100, 300, "1.1.1"), word("272/HD-LĐLĐ", 200, 300, "1.1.1", 95, 320),
      word("-Số", 100, 500, "2.1.1"), word("283/HD-SNV", 200, 500, "2.1.1", 95, 320),
      word("-", 100, 700, "3.1.1", 95), word("Sở", 140, 700, "3.1.1"), word("-Số:", 200, 700, "3.1.1"),
      word("-Sơn", 100, 900, "4.1.1"),
      // Scan 236: "-KT. GIÁM ĐỐC" was taken for a recipient.
      word("-KT.", 1200, 1100, "5.1.1"), word("GIÁM", 1300, 1100, "5.1.1"), word("-KTX", 100, 1300, "6.1.1"),
    ];
    expect(pageItems(words, new Map(), 300, 2480).items.map((i) => i.str)).toEqual(["Số:", "272/HD-LĐLĐ", "Số", "283/HD-SNV", "-", "Sở", "-Số:", "-Sơn", "KT.", "GIÁM", "-KTX"]);
  });

  test("a letter whose box is a dot (under a tenth of its line's height both ways) is a speck, however sure; a small printed letter stays", () => {
    // Scan 24 of the sweep: "N", 92 % sure, a 2 × 2 px box between "Nam" and "trong".
    const words = [word("Việt", 1480, 720, "1.1.1"), word("Nam", 1592, 720, "1.1.1"), word("N", 1629, 766, "1.1.1", 92, 2, 2), word("trong", 1726, 720, "1.1.1"), word("ở", 1880, 730, "1.1.1", 95, 20, 28)];
    expect(pageItems(words, new Map([["1.1.1", { left: 1480, top: 690, width: 420, height: 90 }]]), 300, 2480).items.map((i) => i.str)).toEqual(["Việt", "Nam", "trong", "ở"]);
  });

  test("the header's columns split where its own two-part lines part, not where a body line's speck does (scan 24)", async () => {
    // Page 1 of the sweep's scan 24 as OCR placed it: a Party header, a number line that a
    // handwritten number's gap parts in three, and body lines a stray letter parts in two.
    const { page } = (await import("../fixtures/scans/party-scan-24-page1-items.json", { with: { type: "json" } })).default as { page: PdfPage };
    const text = layoutPages([page]).text.split("\n").filter(Boolean);
    expect(text.slice(0, 5)).toEqual(["TỈNH ỦY THỪA THIÊN HUẾ", "Số KH/IU", "ĐÁNG CỘNG SẢN VIỆT NAM", "Thừa Thiên Huế, ngày 10 tháng 6 năm 2021", "KẾ HOẠCH"]);
  });

  test('"Số:" parted from its symbol by a handwritten number\'s gap stays, however unsure; other unsure short parts go', () => {
    const words = [word("Số:", 446, 403, "1.1.1", 15), word("/UBND-KTTH", 648, 416, "1.1.1", 87, 328), word("ki", 100, 600, "2.1.1", 15), word("Kính", 300, 600, "2.1.1"), word("gửi:", 370, 600, "2.1.1")];
    const r = pageItems(words, new Map(), 300, 2480);
    expect(r.items.map((i) => i.str)).toEqual(["Số:", "/UBND-KTTH", "Kính", "gửi:"]);
    expect(r.dropped).toEqual([{ text: "ki", reason: "unreadable" }]);
  });

  test("inkedSpan: the run of inked columns with the most ink, runs parted by a blank as wide as the gap; none without ink", () => {
    const image: GrayImage = { width: 100, height: 10, pixels: new Uint8Array(1000).fill(255) };
    const ink = (from: number, to: number, rows = 10) => { for (let x = from; x <= to; x++) for (let y = 0; y < rows; y++) image.pixels[y * 100 + x] = 0; };
    expect(inkedSpan(image, { left: 0, top: 0, width: 100, height: 10 }, 8)).toBeUndefined();
    ink(5, 6, 3); // a speck
    ink(40, 50); ink(53, 60); // a word: letters 2 px apart
    expect(inkedSpan(image, { left: 0, top: 0, width: 100, height: 10 }, 8)).toEqual([40, 60]);
    // With a narrower gap the letters part, and the larger run is the word's.
    expect(inkedSpan(image, { left: 0, top: 0, width: 100, height: 10 }, 2)).toEqual([40, 50]);
    expect(inkedSpan(image, { left: 45, top: 0, width: 10, height: 10 }, 8)).toEqual([45, 54]);
  });

  test("an unsure word's box OCR stretched over the blank page beside it is cut to its ink; a sure word's, or one inked across, stays", () => {
    // A page 2480 px wide: "TM.BAN" inked from 1440 to 1660, its box (31 % sure) from 1040.
    const image: GrayImage = { width: 2480, height: 600, pixels: new Uint8Array(2480 * 600).fill(255) };
    for (let x = 1440; x < 1660; x += 1) if (x % 37 < 30) for (let y = 410; y < 450; y++) image.pixels[y * 2480 + x] = 0;
    const line = [word("Nơi", 400, 410, "1.1.1", 95, 80), word("nhận:", 490, 410, "1.1.1", 95, 110), word("TM.BAN", 1040, 410, "1.1.1", 31, 620), word("THƯỜNG", 1670, 410, "1.1.1", 89, 270)];
    const boxOf = (words: OcrWord[]) => pageItems(words, new Map(), 300, 2480, 2, 600, undefined, image).words.find((w) => w.text === "TM.BAN")!.box!;
    const cut = boxOf(line);
    expect(cut.left * 2480).toBeGreaterThan(1430);
    expect(cut.left * 2480).toBeLessThan(1445);
    expect(cut.right * 2480).toBeGreaterThan(1650);
    // Sure of the word, or its box inked across (OCR's box was right): left as OCR gave it.
    expect(boxOf(line.map((w) => (w.text === "TM.BAN" ? { ...w, conf: 95 } : w))).left * 2480).toBeCloseTo(1040, 0);
    expect(boxOf(line.map((w) => (w.text === "TM.BAN" ? { ...w, left: 1440, width: 225 } : w))).left * 2480).toBeCloseTo(1440, 0);
    // A box as wrong in height ("___T/M", 2 px tall under its letters): the ink looked for over the line's height.
    const flat = line.map((w) => (w.text === "TM.BAN" ? { ...w, top: 452, height: 2 } : w));
    const lineBox = new Map([["1.1.1", { left: 400, top: 405, width: 1540, height: 50 }]]);
    const flatCut = pageItems(flat, lineBox, 300, 2480, 2, 600, undefined, image).words.find((w) => w.text === "TM.BAN")!.box!;
    expect(flatCut.left * 2480).toBeGreaterThan(1430);
    expect(flatCut.right * 2480).toBeGreaterThan(1650);
  });

  test('a number OCR glued to its "Số:" is two words, the box parted by letters', () => {
    const r = pageItems([word("Số:1892HD-LĐLĐ", 100, 300, "1.1.1", 50, 280)], new Map(), 300, 2480, 2, 3508);
    expect(r.words.map((w) => [w.text, w.conf])).toEqual([["Số:", 50], ["1892HD-LĐLĐ", 50]]);
    expect(r.words[0]!.box!.right).toBeLessThanOrEqual(r.words[1]!.box!.left);
    expect(r.words[1]!.box!.right * 2480).toBeCloseTo(380, 0);
  });

  test("on page 1, lines wholly above the national title are a stamp, not the header; the issuer's line level with it stays (P-HDR)", () => {
    const stamp = ["TRUNG", "TÂM", "CÔNG", "BÁO"].map((t, i) => word(t, 900 + i * 120, 100, "1.1.1"));
    const header = [
      ...["ỦY", "BAN", "NHÂN", "DÂN"].map((t, i) => word(t, 100 + i * 120, 300, "2.1.1")),
      ...["CỘNG", "HÒA", "XÃ", "HỘI", "CHỦ", "NGHĨA", "VIỆT", "NAM"].map((t, i) => word(t, 1000 + i * 130, 302, "3.1.1")),
    ];
    const body = ["Kính", "gửi:"].map((t, i) => word(t, 300 + i * 120, 900, "4.1.1"));
    const r = pageItems([...stamp, ...header, ...body], new Map(), 300, 2480, 1, 3508);
    expect(r.items.map((i) => i.str)).toEqual([...header, ...body].map((w) => w.text));
    expect(r.dropped).toEqual([{ text: "TRUNG TÂM CÔNG BÁO", reason: "above-header" }]);
    // Without a national title, or on another page, nothing is dropped.
    expect(pageItems([...stamp, ...body], new Map(), 300, 2480, 1, 3508).dropped).toEqual([]);
    expect(pageItems([...stamp, ...header], new Map(), 300, 2480, 2, 3508).dropped).toEqual([]);
  });
});

describe("words OCR spelt as no Vietnamese word is spelt are never sure", () => {
  test("fused syllables, doubled letters and foreign letters are; syllables, acronyms and numbers are not", () => {
    for (const w of ["VIỆTNAM", "LAICHÂU", "ttác", "LĐÐLĐ", "kiêmm"]) expect(misspelt(w), w).toBe(true);
    for (const w of ["VIỆT", "Châu,", "LĐLĐ", "UBND", "08/VTLTNN-NVĐP", "Nghị", "2024", "(để", "b/c);"]) expect(misspelt(w), w).toBe(false);
  });
});

const items = (text: string): PdfItem[] => text.split("\n").map((str, i) => ({ str, x: 50, y: 50 + i * 15, width: 400, size: 13, bold: false, italic: false }));
const GOOD = "Để tổng hợp số liệu thống kê công tác văn thư, lưu trữ và tài liệu lưu trữ năm 2024 trên phạm vi toàn quốc, Cục Văn thư và Lưu trữ nhà nước đề nghị";

describe("a bad text layer (issue 15, point 4)", () => {
  test("a Vietnamese layer passes; one without diacritics, or of broken words, is bad", () => {
    expect(badTextLayer(items(GOOD))).toBeUndefined();
    const folded = GOOD.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gu, "d");
    expect(badTextLayer(items(folded))?.en).toMatch(/without Vietnamese diacritics/u);
    const broken = "Ðê tông hçp sô liêu thông kê c«ng t¸c v¨n th­ l­u tr÷ vµ tµi liÖu l­u tr÷ n¨m tr¸n ph¹m vi toµn quèc Côc V¨n th­ vµ";
    expect(badTextLayer(items(broken))?.en).toMatch(/broken text layer/u);
  });

  test("a scan whose only text is a digital signature's overlay is a scan; a short layer is not judged", () => {
    expect(badTextLayer(items("Ký bởi: Nguyễn Văn A\nThời gian ký: 12.03.2024 10:00"))?.en).toMatch(/signature's overlay/u);
    expect(badTextLayer(items("CONG HOA XA HOI"))).toBeUndefined();
  });
});

describe("confidence, never a guess (issue 15, point 3)", () => {
  test("a text's confidence is its least sure word's, each word's from its topmost reading; words split or joined otherwise are found inside", () => {
    const index = confidenceIndex([
      { text: "Số:", conf: 96, page: 1, y: 0.1 },
      { text: "15/KH-CĐ", conf: 41, page: 1, y: 0.1 },
      { text: "Hà", conf: 60, page: 1, y: 0.4 },
      { text: "Nội,", conf: 90, page: 1, y: 0.12 },
      { text: "Hà", conf: 88, page: 1, y: 0.12 },
    ]);
    expect(textConfidence("Hà Nội", index)).toBe(88);
    expect(textConfidence("Số: 15/KH-CĐ", index)).toBe(41);
    expect(textConfidence("KH-CĐ", index)).toBe(41);
    expect(textConfidence("never seen", index)).toBeUndefined();
  });

  test("a number line's printed part, without what stands for a blank or handwritten number; never a party line's type code", () => {
    expect(withoutNumberTraces("Số: 32) /BC-UBND")).toBe("/BC-UBND");
    expect(withoutNumberTraces("Số /UBND-KTTH")).toBe("/UBND-KTTH");
    expect(withoutNumberTraces("Số: 32/BC-UBND")).toBeUndefined();
    expect(withoutNumberTraces("Số: 32 /BC-UBND", true)).toBe("/BC-UBND");
    // Another reading's: the label misread or cut off.
    expect(withoutNumberTraces("Só:#3./TTr-UBND", true)).toBe("/TTr-UBND");
    expect(withoutNumberTraces("92/UBND-TTHC", true)).toBe("/UBND-TTHC");
    expect(withoutNumberTraces("Số: 4 /TTr -UBND", true)).toBe("/TTr-UBND");
    expect(withoutNumberTraces("92/UBND-TTHC")).toBeUndefined();
    for (const party of ["Số -KH/TU", "Số KH/TU", "Số 24-KH/TU"]) expect(withoutNumberTraces(party, true), party).toBeUndefined();
  });

  const TEXT = ["LĐLĐ TỈNH LAI CHÂU", "Số: 15/KH-LĐLĐ", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Lai Châu, ngày 3 tháng 4 năm 2024", "", "KẾ HOẠCH", "Tổ chức hội nghị", "", "Nội dung.", "", "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Nguyễn Văn A"].join("\n");

  test("a field below the threshold is left empty with a warning quoting what OCR saw; sure fields stay", () => {
    const result = importText(TEXT) as ImportResult;
    expect(result.document).toMatchObject({ number: 15, place: "Lai Châu" });
    const words = TEXT.split(/\s+/u).filter(Boolean).map((text) => ({ text, conf: text === "15/KH-LĐLĐ" ? 52 : 95 }));
    const r = dropUnsureFields(result, words, 85);
    expect(r.document).not.toHaveProperty("number");
    expect(r.document).not.toHaveProperty("symbol");
    expect(r.fields).toMatchObject({ number: "missing", symbol: "missing", place: "text" });
    expect(r.document).toMatchObject({ place: "Lai Châu", date: "2024-04-03", subject: "Tổ chức hội nghị" });
    expect(r.ok).toBe(false);
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: "ocr-low-confidence", text: "Số: 15/KH-LĐLĐ", en: expect.stringMatching(/OCR saw "Số: 15\/KH-LĐLĐ" with 52% confidence \(below 85%\)/u), vi: expect.stringContaining("để trống") }));
    // All sure: the result is the same object.
    expect(dropUnsureFields(result, words.map((w) => ({ ...w, conf: 99 })), 85)).toBe(result);
    // A subject is quoted as its lines read, once (its words and its value's are both scored).
    const unsureSubject = dropUnsureFields(result, words.map((w) => (w.text === "hội" ? { ...w, conf: 40 } : w)), 85);
    expect(unsureSubject.warnings).toContainEqual(expect.objectContaining({ code: "ocr-low-confidence", text: "Tổ chức hội nghị", en: expect.stringContaining('OCR saw "Tổ chức hội nghị" with 40%') }));
  });

  test("property: no field survives that has a word below the threshold", () => {
    const result = importText(TEXT) as ImportResult;
    const tokens = TEXT.split(/\s+/u).filter(Boolean);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: tokens.length, maxLength: tokens.length }), fc.integer({ min: 1, max: 100 }), (confs, threshold) => {
        const words = tokens.map((text, i) => ({ text, conf: confs[i]! }));
        const r = dropUnsureFields(result, words, threshold);
        const index = confidenceIndex(words);
        if (r.document.place) expect(textConfidence(result.source.dateLine!.text, index)!).toBeGreaterThanOrEqual(threshold);
        if (r.document.number) expect(textConfidence(result.source.numberLine!.text, index)!).toBeGreaterThanOrEqual(threshold);
        if (r.document.subject) expect(textConfidence("Tổ chức hội nghị", index)!).toBeGreaterThanOrEqual(threshold);
      }),
      { numRuns: 200 },
    );
  });
});
