// "XIII" with touching serifs, which Tesseract reads "XI", "XII", "XHI" or "XIIHI": counted from
// its ink instead (src/readers/ocr/roman.ts). Real crops of the sweep's scans, and drawn glyphs
// for the shapes the count must refuse.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { grayWithoutColour, type GrayImage } from "../../src/readers/ocr/raster.js";
import { COUNTED_CONF, tenAndOnes, withNumeralsCounted } from "../../src/readers/ocr/roman.js";

const crop = (name: string): GrayImage => grayWithoutColour(new Uint8Array(readFileSync(new URL(`../fixtures/scans/numerals/${name}`, import.meta.url)))).image;
// Each crop has 10 px of page around the word's box as Tesseract gave it.
const box = (image: GrayImage) => ({ left: 10, top: 10, width: image.width - 20, height: image.height - 20 });

/** A white image with black strokes: each a thick line from (x0, y0) to (x1, y1). */
function drawn(width: number, height: number, strokes: [number, number, number, number][], thickness = 8): GrayImage {
  const pixels = new Uint8Array(width * height).fill(255);
  for (const [x0, y0, x1, y1] of strokes) {
    const steps = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0));
    for (let s = 0; s <= steps; s++) {
      const [x, y] = [x0 + ((x1 - x0) * s) / steps, y0 + ((y1 - y0) * s) / steps];
      for (let dx = 0; dx < thickness; dx++) for (let dy = 0; dy < 2; dy++) pixels[Math.round(y + dy) * width + Math.round(x + dx)] = 0;
    }
  }
  return { width, height, pixels };
}
const X = (at: number): [number, number, number, number][] => [[at, 10, at + 30, 60], [at + 30, 10, at, 60]];
const V = (at: number): [number, number, number, number][] => [[at, 10, at + 15, 60], [at + 30, 10, at + 15, 60]];
const I = (at: number): [number, number, number, number][] => [[at, 10, at, 60]];
// Serifs that run into the next letter's, top and bottom, as in the scans.
const serifs = (from: number, to: number): [number, number, number, number][] => [[from, 10, to, 10], [from, 59, to, 59]];
const area = { left: 0, top: 10, width: 200, height: 52 };

describe('an X and upright stems counted from the ink ("XIII" read "XI" by OCR)', () => {
  test("the sweep's crops: bold (the subject) and regular (the body) read XIII; a comma in the box leaves it to OCR", () => {
    for (const name of ["xiii-bold-scan11.pgm", "xiii-bold-scan41.pgm", "xiii-regular-scan11.pgm"]) {
      const image = crop(name);
      expect(tenAndOnes(image, box(image)), name).toBe("XIII");
    }
    // The second reading's box (400 dpi, stacked crops) reaching into the foot of the line above.
    const second = crop("xiii-second-reading-scan21.pgm");
    expect(second.height - 20).toBe(95);
    expect(tenAndOnes(second, box(second))).toBe("XIII");
    const comma = crop("xiii-comma-scan11.pgm");
    expect(tenAndOnes(comma, box(comma))).toBeUndefined();
  });

  test("drawn: one to three stems after an X, serifs touching; a V, a lone stem, or a wide smudge among the stems is no such numeral", () => {
    const image = (...glyphs: [number, number, number, number][][]) => drawn(200, 80, glyphs.flat());
    expect(tenAndOnes(image(X(5), I(60)), area)).toBe("XI");
    expect(tenAndOnes(image(X(5), I(60), I(90), serifs(55, 100)), area)).toBe("XII");
    expect(tenAndOnes(image(X(5), I(60), I(90), I(120), serifs(55, 130)), area)).toBe("XIII");
    // XIV: the V's strokes move between a fifth and four fifths of the height.
    expect(tenAndOnes(image(X(5), I(60), V(90)), area)).toBeUndefined();
    // VII, III: no X in front.
    expect(tenAndOnes(image(V(5), I(60), I(90)), area)).toBeUndefined();
    expect(tenAndOnes(image(I(5), I(60), I(90)), area)).toBeUndefined();
    // A blot as wide as three stems where a stem should be.
    const blot = drawn(200, 80, [...X(5), ...I(60)], 8);
    for (let y = 10; y < 62; y++) for (let x = 90; x < 120; x++) blot.pixels[y * 200 + x] = 0;
    expect(tenAndOnes(blot, area)).toBeUndefined();
  });

  test("OCR's words: one read as an X and I-like strokes takes the counted numeral, as sure as a counted numeral is; any other word is left alone", () => {
    const image = crop("xiii-bold-scan11.pgm");
    const at = { ...box(image), line: "1.1.1" };
    const words = withNumeralsCounted([{ text: "XI", conf: 64, ...at }, { text: "XIV", conf: 64, ...at }, { text: "Đại", conf: 96, ...at }], image);
    expect(words.map((w) => [w.text, w.conf])).toEqual([["XIII", COUNTED_CONF], ["XIV", 64], ["Đại", 96]]);
  });
});
