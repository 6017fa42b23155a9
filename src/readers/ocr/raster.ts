/** Pixels darker than this are ink. */
export const INK = 128;

/** A page image in 8-bit gray, row by row. */
export interface GrayImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

export class ImageError extends Error {}

/** The header of a binary PNM (P5 gray or P6 colour, maxval 255): kind, size, where the pixels start. */
function pnmHeader(bytes: Uint8Array): { kind: "P5" | "P6"; width: number; height: number; offset: number } {
  const fields: string[] = [];
  let i = 0;
  // Four fields (magic, width, height, maxval), with "#" comments between them; the header is short.
  while (fields.length < 4 && i < Math.min(bytes.length, 1024)) {
    const c = bytes[i]!;
    if (c === 0x23) while (i < bytes.length && bytes[i] !== 0x0a) i++;
    else if (c <= 0x20) i++;
    else {
      let field = "";
      while (i < bytes.length && bytes[i]! > 0x20) field += String.fromCharCode(bytes[i++]!);
      fields.push(field);
    }
  }
  const [kind, w, h, max] = fields;
  const width = Number(w);
  const height = Number(h);
  if ((kind !== "P5" && kind !== "P6") || !(width > 0) || !(height > 0) || max !== "255") throw new ImageError(`not an 8-bit PNM image (${fields.join(" ")})`);
  const offset = i + 1; // one whitespace byte after maxval
  if (bytes.length < offset + width * height * (kind === "P6" ? 3 : 1)) throw new ImageError("PNM image cut short");
  return { kind, width, height, offset };
}

/** How far from gray a colour is for it to be ink of a colour (a red seal, a blue pen), not print. */
const SATURATION = 45;

/** Below this red level, a red pixel is print seen through a seal's ink (the seal alone is lighter). */
const PRINT_UNDER_RED = 150;

/**
 * A page image in gray with its coloured marks whitened: red seals and stamps, blue or violet
 * ink are not print, and over the text they only mislead OCR. Returns the share of the page's
 * pixels that were coloured marks. Black print and gray noise have no saturation and stay.
 */
export function grayWithoutColour(pnm: Uint8Array): { image: GrayImage; coloured: number; ink: InkMap } {
  const { kind, width, height, offset } = pnmHeader(pnm);
  const pixels = new Uint8Array(width * height);
  const ink = new InkMap(width, height);
  let coloured = 0;
  if (kind === "P5") pixels.set(pnm.subarray(offset, offset + pixels.length));
  else {
    for (let p = 0, q = offset; p < pixels.length; p++, q += 3) {
      const r = pnm[q]!;
      const g = pnm[q + 1]!;
      const b = pnm[q + 2]!;
      const hi = Math.max(r, g, b);
      const lo = Math.min(r, g, b);
      if (hi - lo > SATURATION) {
        // Print under a red seal darkens all three channels; the seal alone leaves red high.
        // The red channel then shows the print as the page had it (a seal's usual filter).
        pixels[p] = r === hi && r < PRINT_UNDER_RED ? r : 255;
        coloured++;
        ink.add(p % width, Math.floor(p / width));
      } else pixels[p] = (r * 299 + g * 587 + b * 114) / 1000;
    }
  }
  return { image: { width, height, pixels }, coloured: coloured / pixels.length, ink };
}

/**
 * Where coloured ink was taken off the page, counted in cells of 16 px: print under a seal or a
 * stamp lost the pixels the ink covered, and OCR may read it wrong with confidence.
 */
export class InkMap {
  static readonly CELL = 16;
  private readonly counts: Uint32Array;
  private readonly columns: number;

  constructor(width: number, height: number) {
    this.columns = Math.ceil(width / InkMap.CELL);
    this.counts = new Uint32Array(this.columns * Math.ceil(height / InkMap.CELL));
  }

  add(x: number, y: number): void {
    this.counts[Math.floor(y / InkMap.CELL) * this.columns + Math.floor(x / InkMap.CELL)]!++;
  }

  /**
   * Whether a box (in pixels) has coloured ink over it: an eighth of some cell it touches is ink
   * (a seal's ring, a stamp's letters), not the odd coloured speck of a scanner's noise.
   */
  covers(left: number, top: number, width: number, height: number): boolean {
    const c = InkMap.CELL;
    // The box's edges are OCR's guess: a stroke of ink that only grazes them leaves the word whole.
    const inset = Math.min(width, height) * 0.15;
    left += inset;
    top += inset;
    width -= 2 * inset;
    height -= 2 * inset;
    const rows = this.counts.length / this.columns;
    for (let r = Math.max(0, Math.floor(top / c)); r <= Math.min(rows - 1, Math.floor((top + height) / c)); r++) {
      for (let k = Math.max(0, Math.floor(left / c)); k <= Math.min(this.columns - 1, Math.floor((left + width) / c)); k++) {
        if (this.counts[r * this.columns + k]! >= (c * c) / 8) return true;
      }
    }
    return false;
  }
}

/**
 * Scanner speckles whitened: a dark pixel with at most 4 dark pixels in its 5×5 neighbourhood
 * (itself included) is dust, not print; the thinnest stroke or tone mark at 300 dpi has more.
 * Linear in the pixels (a running count of dark pixels, an integral image). Returns the count
 * of pixels whitened.
 */
export function despeckle(image: GrayImage): number {
  const { width: w, height: h, pixels } = image;
  const dark = (p: number) => (pixels[p]! < INK ? 1 : 0);
  const sums = new Uint32Array((w + 1) * (h + 1));
  for (let y = 0; y < h; y++) {
    let row = 0;
    for (let x = 0; x < w; x++) {
      row += dark(y * w + x);
      sums[(y + 1) * (w + 1) + x + 1] = sums[y * (w + 1) + x + 1]! + row;
    }
  }
  const count = (x0: number, y0: number, x1: number, y1: number) => sums[y1 * (w + 1) + x1]! - sums[y0 * (w + 1) + x1]! - sums[y1 * (w + 1) + x0]! + sums[y0 * (w + 1) + x0]!;
  let whitened = 0;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const p = y * w + x;
      if (!dark(p)) continue;
      if (count(Math.max(0, x - 2), Math.max(0, y - 2), Math.min(w, x + 3), Math.min(h, y + 3)) <= 4) {
        pixels[p] = 255;
        whitened++;
      }
    }
  }
  return whitened;
}

/** A gray image as a binary PGM file, which Tesseract reads. */
export function toPgm(image: GrayImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const out = new Uint8Array(header.length + image.pixels.length);
  out.set(header);
  out.set(image.pixels, header.length);
  return out;
}

/** A rectangle of an image, in pixels. */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Parts of an image cut out (each clipped to the image) and set one under the other on white,
 * a gap between them, so that one OCR run reads each part as its own lines. Returns the new
 * image and where each part's rows start and end in it. Linear in the parts' pixels.
 */
export function stackCrops(image: GrayImage, rects: readonly Rect[], gap: number): { image: GrayImage; rows: [number, number][] } {
  const clipped = rects.map((r) => {
    const left = Math.max(0, Math.min(image.width - 1, Math.floor(r.left)));
    const top = Math.max(0, Math.min(image.height - 1, Math.floor(r.top)));
    return { left, top, width: Math.max(1, Math.min(image.width - left, Math.ceil(r.width))), height: Math.max(1, Math.min(image.height - top, Math.ceil(r.height))) };
  });
  const width = Math.max(1, ...clipped.map((r) => r.width)) + 2 * gap;
  const height = clipped.reduce((h, r) => h + r.height + gap, gap);
  const pixels = new Uint8Array(width * height).fill(255);
  const rows: [number, number][] = [];
  let y = gap;
  for (const r of clipped) {
    for (let row = 0; row < r.height; row++) {
      const from = (r.top + row) * image.width + r.left;
      pixels.set(image.pixels.subarray(from, from + r.width), (y + row) * width + gap);
    }
    rows.push([y, y + r.height]);
    y += r.height + gap;
  }
  return { image: { width, height, pixels }, rows };
}

/**
 * Where a box's ink lies across it: the first and last column (in pixels) of its run of inked
 * columns with the most ink, runs parted by blank columns at least `gap` wide; undefined when
 * the box holds no ink. Linear in the box's pixels.
 */
export function inkedSpan(image: GrayImage, rect: Rect, gap: number): [number, number] | undefined {
  const left = Math.max(0, Math.floor(rect.left));
  const right = Math.min(image.width, Math.ceil(rect.left + rect.width));
  const top = Math.max(0, Math.floor(rect.top));
  const bottom = Math.min(image.height, Math.ceil(rect.top + rect.height));
  let best: [number, number, number] | undefined;
  let run: [number, number, number] | undefined;
  let blank = 0;
  for (let x = left; x < right; x++) {
    let ink = 0;
    for (let y = top; y < bottom; y++) if (image.pixels[y * image.width + x]! < INK) ink++;
    if (ink === 0) {
      if (++blank >= gap && run) {
        if (!best || run[2] > best[2]) best = run;
        run = undefined;
      }
      continue;
    }
    blank = 0;
    run = run ? [run[0], x, run[2] + ink] : [x, x, ink];
  }
  if (run && (!best || run[2] > best[2])) best = run;
  return best && [best[0], best[1]];
}

/**
 * The image in black and white at a fixed threshold: a third reading sees the page as a bilevel
 * scanner would, not through Tesseract's own adaptive binarisation of the gray.
 */
export function binarise(image: GrayImage, threshold: number): void {
  const { pixels } = image;
  for (let p = 0; p < pixels.length; p++) pixels[p] = pixels[p]! < threshold ? 0 : 255;
}
