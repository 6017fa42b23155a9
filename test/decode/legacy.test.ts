import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { decodeBytes, UndecodableError } from "../../src/readers/decode/decode-bytes.js";
import { encodingOfFont, tcvn3ToUnicode, textAsBytes, unicodeToTcvn3, unicodeToVni, vniToUnicode } from "../../src/readers/decode/legacy.js";
import { isVietnameseSyllable } from "../../src/readers/decode/syllable.js";

const VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];
const TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"];
/** Every Vietnamese letter with every tone, lower and upper case: 2 × (12 × 6 + đ) = 146. */
const LETTERS = [...VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize("NFC"))), "đ"].flatMap((l) => [l, l.toUpperCase()]);

describe("legacy encodings: every letter with every tone, both ways", () => {
  test("146 letters", () => expect(new Set(LETTERS).size).toBe(146));

  test.each(LETTERS)("TCVN3 %s", (letter) => {
    const encoded = unicodeToTcvn3(letter);
    expect([...encoded].every((c) => c.charCodeAt(0) <= 0xff)).toBe(true);
    expect(tcvn3ToUnicode(encoded)).toBe(letter);
  });

  test.each(LETTERS)("VNI %s", (letter) => {
    const encoded = unicodeToVni(letter);
    expect([...encoded].every((c) => c.charCodeAt(0) <= 0xff)).toBe(true);
    expect(vniToUnicode(encoded)).toBe(letter);
  });

  test("known spellings from the fonts' users: TCVN3 'TiÕng ViÖt', VNI 'Tieáng Vieät'", () => {
    expect(tcvn3ToUnicode("TiÕng ViÖt rÊt hay")).toBe("Tiếng Việt rất hay");
    expect(vniToUnicode("Tieáng Vieät raát hay")).toBe("Tiếng Việt rất hay");
    expect(tcvn3ToUnicode("B¶o Th¾ng")).toBe("Bảo Thắng");
    expect(tcvn3ToUnicode("tæng liªn ®oµn", { capitals: true })).toBe("TỔNG LIÊN ĐOÀN");
  });

  test("property: any Vietnamese text survives Unicode → legacy → Unicode", () => {
    const word = fc.array(fc.constantFrom(...LETTERS, "n", "g", "h", "T", "C", " ", ",", "1"), { maxLength: 40 }).map((a) => a.join(""));
    fc.assert(
      fc.property(word, (s) => {
        expect(tcvn3ToUnicode(unicodeToTcvn3(s))).toBe(s);
        expect(vniToUnicode(unicodeToVni(s))).toBe(s);
      }),
    );
  });

  test("font names tell the encoding (.VnTime, .VnTimeH capitals, VNI-Times)", () => {
    expect(encodingOfFont(".VnTime")).toEqual({ encoding: "tcvn3", capitals: false });
    expect(encodingOfFont(".VnTimeH")).toEqual({ encoding: "tcvn3", capitals: true });
    expect(encodingOfFont("VNI-Times")).toEqual({ encoding: "vni", capitals: false });
    expect(encodingOfFont("Times New Roman")).toBeUndefined();
  });
});

describe("decodeBytes: legacy text files are detected and converted", () => {
  const sample = "Lai Châu, ngày 01 tháng 4 năm 2022\nHướng dẫn thực hiện chủ đề hoạt động công đoàn năm 2022.\nCác cấp công đoàn trong tỉnh tổ chức thực hiện.";

  test("TCVN3 bytes", () => {
    const decoded = decodeBytes(textAsBytes(unicodeToTcvn3(sample)));
    expect(decoded.encoding).toBe("tcvn3");
    expect(decoded.text).toBe(sample);
    expect(decoded.converted?.en).toMatch(/TCVN3/u);
  });

  test("VNI bytes", () => {
    const decoded = decodeBytes(textAsBytes(unicodeToVni(sample)));
    expect(decoded.encoding).toBe("vni");
    expect(decoded.text).toBe(sample);
    expect(decoded.converted?.vi).toMatch(/VNI/u);
  });

  test("UTF-8 stays UTF-8, without a conversion note", () => {
    const decoded = decodeBytes(new TextEncoder().encode(sample));
    expect(decoded).toEqual({ text: sample, encoding: "utf-8" });
  });

  test("Latin-1 French and random bytes are refused with the reason", () => {
    const french = Uint8Array.from("Le général a été très élégant à Noël, déjà.", (c) => c.charCodeAt(0));
    expect(() => decodeBytes(french)).toThrow(UndecodableError);
    expect(() => decodeBytes(french)).toThrow(/TCVN3, VNI/u);
    expect(() => decodeBytes(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff]))).toThrow(/NUL/u);
  });

  test("syllables: real words pass, mojibake does not", () => {
    for (const w of ["Tiếng", "nghiêng", "khuyến", "Người", "đoàn", "quyết"]) expect(isVietnameseSyllable(w)).toBe(true);
    for (const w of ["Tieáng", "général", "ViÖt", "Vieät"]) expect(isVietnameseSyllable(w)).toBe(false);
  });
});
