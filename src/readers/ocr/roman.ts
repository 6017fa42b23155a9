import { INK, type GrayImage, type Rect } from "./raster.js";

/**
 * "X" and one to three "I"s (XI, XII, XIII: congresses, terms, "Đại hội XIII") read from their
 * ink. Tesseract reads a clearly printed "XIII" as "XI", "XII", "XHI" or "XIIHI" when the
 * serifs of its "I"s touch (an "H" is two of them joined), and no setting of it reads it; the
 * stems do not touch halfway up, so they can be counted there.
 */

/** A word OCR read as an X and I-like strokes ("XI", "XHI", "XIIHI"): the words counted again. */
export const TEN_AND_ONES = /^X[IHl1|]{1,4}$/u;

/** The runs of ink across row `y` of `rect`: [first column, last column], each at least 2 px wide (a dot of noise is not a stroke). */
function runsAt(image: GrayImage, rect: Rect, y: number): [number, number][] {
  const left = Math.max(0, Math.floor(rect.left));
  const right = Math.min(image.width, Math.ceil(rect.left + rect.width));
  const row = Math.max(0, Math.min(image.height - 1, Math.round(y)));
  const runs: [number, number][] = [];
  let start = -1;
  for (let x = left; x <= right; x++) {
    const inked = x < right && image.pixels[row * image.width + x]! < INK;
    if (inked && start < 0) start = x;
    if (!inked && start >= 0) {
      if (x - start >= 2) runs.push([start, x - 1]);
      start = -1;
    }
  }
  return runs;
}

/**
 * The box cut to its tallest band of inked rows: OCR's box for a word may reach into the line
 * above or below (a crop's margin: the foot of "hội" over "XIII"), parted from the word by blank
 * rows. Undefined when the box holds no ink. Linear in the box's pixels.
 */
function inkedRows(image: GrayImage, rect: Rect): Rect | undefined {
  const top = Math.max(0, Math.floor(rect.top));
  const bottom = Math.min(image.height, Math.ceil(rect.top + rect.height));
  const left = Math.max(0, Math.floor(rect.left));
  const right = Math.min(image.width, Math.ceil(rect.left + rect.width));
  let best: [number, number] | undefined;
  let start = -1;
  for (let y = top; y <= bottom; y++) {
    let ink = 0;
    for (let x = left; y < bottom && x < right; x++) if (image.pixels[y * image.width + x]! < INK) ink++;
    // A row with a pixel or two of ink is noise, not a stroke.
    if (ink > 2 && start < 0) start = y;
    if (ink <= 2 && start >= 0) {
      if (!best || y - start > best[1] - best[0]) best = [start, y];
      start = -1;
    }
  }
  return best && { left: rect.left, top: best[0], width: rect.width, height: best[1] - best[0] };
}

const centre = ([a, b]: [number, number]) => (a + b) / 2;
const width = ([a, b]: [number, number]) => b - a + 1;

/**
 * The numeral the ink in `rect` (a word's box, hugging its ink) spells when it is an X followed
 * by one to three upright stems: halfway up, the X's strokes cross in one run and each I is a
 * run; a fifth and four fifths of the way up (clear of the serifs), the X has two strokes left of the first stem and
 * each stem stands where it stood halfway (a V's strokes move, and a letter of any other shape
 * leaves other runs). Undefined when the ink is anything else. Linear in the box's width.
 */
export function tenAndOnes(image: GrayImage, box: Rect): string | undefined {
  const rect = inkedRows(image, box);
  if (!rect) return undefined;
  const at = (f: number) => runsAt(image, rect, rect.top + f * rect.height);
  const [middle, upper, lower] = [at(0.5), at(0.2), at(0.8)];
  if (middle.length < 2 || middle.length > 4) return undefined;
  const [, ...stems] = middle;
  const firstStem = stems[0]![0];
  for (const row of [upper, lower]) {
    const arms = row.filter((r) => r[1] < firstStem);
    const rest = row.filter((r) => r[1] >= firstStem);
    // The X's two arms, each narrower than the space it spans; then the stems, one run each.
    if (arms.length !== 2 || rest.length !== stems.length) return undefined;
    for (const [k, stem] of stems.entries()) {
      const r = rest[k]!;
      const slack = Math.max(2, width(stem) / 2);
      if (Math.abs(centre(r) - centre(stem)) > slack || width(r) > 2 * width(stem) + 2) return undefined;
    }
  }
  // Stems of one width, as a font draws them (a smudge between two stems is wider).
  const widths = stems.map(width);
  if (Math.max(...widths) > 2 * Math.min(...widths) + 2) return undefined;
  return `X${"I".repeat(stems.length)}`;
}

/** How sure a numeral counted from its ink is: its checks passed, as a word OCR is this sure of. */
export const COUNTED_CONF = 90;

/**
 * OCR's words with each one read as an X and I-like strokes replaced by the numeral its ink
 * spells, as sure as COUNTED_CONF; a word whose ink is not plainly an X and upright stems (a
 * comma in its box, a V, a smudge) stays as OCR read it.
 */
export function withNumeralsCounted<W extends { text: string; conf: number; left: number; top: number; width: number; height: number }>(words: readonly W[], image: GrayImage): W[] {
  return words.map((w) => {
    if (!TEN_AND_ONES.test(w.text)) return w;
    const counted = tenAndOnes(image, w);
    return counted === undefined ? w : { ...w, text: counted, conf: Math.max(w.conf, COUNTED_CONF) };
  });
}
