// The word list's tone variants (issue 15): OCR confuses the tones above a hatted or horned vowel.
import { describe, expect, test } from "vitest";
import { listedWithOtherTone, toneVariants } from "../../src/text/compounds.js";

describe("tone variants against the word list", () => {
  test("each other tone above a hatted or horned vowel; none with a dot below or without a hat", () => {
    expect(toneVariants("Tố")).toEqual(["Tô", "Tồ", "Tỗ", "Tổ"]);
    expect(toneVariants("thường")).toEqual(["thương", "thướng", "thưỡng", "thưởng"]);
    expect(toneVariants("cuối")).toContain("cuổi");
    expect(toneVariants("hộ")).toEqual([]);
    expect(toneVariants("tác")).toEqual([]);
  });

  test("two syllables that make no listed word but would with another tone name that word; a listed pair names none", () => {
    expect(listedWithOtherTone("Tố", "chức")).toBe("Tổ chức");
    expect(listedWithOtherTone("kiếm", "tra")).toBe("kiểm tra");
    expect(listedWithOtherTone("THƯƠNG", "VỤ")).toBe("THƯỜNG VỤ");
    expect(listedWithOtherTone("tổ", "chức")).toBeUndefined();
    expect(listedWithOtherTone("tố", "cáo")).toBeUndefined();
    expect(listedWithOtherTone("công", "tác")).toBeUndefined();
    expect(listedWithOtherTone("năm", "2024")).toBeUndefined();
  });
});
