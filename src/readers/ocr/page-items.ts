import { foldVi } from "../archive/lines.js";
import { isVietnameseSyllable } from "../decode/syllable.js";
import type { PdfItem } from "../pdf/text-items.js";
import type { ConfidentWord } from "./confidence.js";
import { inkedSpan, type GrayImage, type InkMap } from "./raster.js";
import type { OcrLine, OcrWord } from "./tsv.js";

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : 0;
};

/** The page's skew as a slope (dy/dx), from how the bottoms of long lines' words climb or fall. */
export function skewOf(words: readonly OcrWord[]): number {
  const byLine = groupByLine(words);
  const slopes: number[] = [];
  for (const line of byLine.values()) {
    if (line.length < 4) continue;
    const sorted = [...line].sort((a, b) => a.left - b.left);
    const half = Math.floor(sorted.length / 2);
    const left = sorted.slice(0, half);
    const right = sorted.slice(half);
    const dx = median(right.map(cx)) - median(left.map(cx));
    if (dx < 200) continue;
    slopes.push((median(right.map(bottom)) - median(left.map(bottom))) / dx);
  }
  const s = median(slopes);
  return Math.abs(s) < 0.1 ? s : 0;
}

const cx = (w: OcrWord) => w.left + w.width / 2;
const bottom = (w: OcrWord) => w.top + w.height;

function groupByLine(words: readonly OcrWord[]): Map<string, OcrWord[]> {
  const byLine = new Map<string, OcrWord[]>();
  for (const w of words) {
    const list = byLine.get(w.line);
    if (list) list.push(w);
    else byLine.set(w.line, [w]);
  }
  return byLine;
}

// What is not the document's own text: a digital signature's overlay ("Ký bởi", "Signed by",
// "Thời gian ký") and an incoming-mail stamp ("CÔNG VĂN ĐẾN", "ĐẾN Số: 2352", "Chuyển:").
const OVERLAY = /^(?:ky boi|signed by|thoi gian ky|nguoi ky|co quan: .*thoi gian|signature valid)|\bcong van den\b|^den\s*(?:so|ngay)\b|^chuyen\s*:/u;

// Marks OCR reads from dust at a word's edge: quotes, ticks, underscores, bars; a long dash
// glued before a letter ("—_TM.BAN": print never sets one so).
const SPECKS_AT_EDGES = /^(?:['`‘’_|]|—(?=[—_|]*\p{L}))+|['`‘’_|]+$/gu;
// A mark glued before the number's label ("-Số:", ".Số:", scans 160 and 196 of the sweep) or a
// signing authority's prefix ("-KT.", scan 236: taken for a recipient): print never sets one
// there, and with it the line is no number line, or no signature line.
const SPECKS_BEFORE_LABEL = /^[^\p{L}\p{N}\s]{1,2}(?=S[oốô]:?$|S[oốô]:|(?:KT|TM|TL|TUQ|T\/M)\.?$)/u;

/** A word without the specks at its edges; a line's first word also without a mark glued before "Số". */
function withoutSpecks(text: string, first: boolean): string {
  const bare = text.replace(SPECKS_AT_EDGES, "") || text;
  return first ? bare.replace(SPECKS_BEFORE_LABEL, "") : bare;
}

/** The confidence a word OCR spelt as no Vietnamese word is spelt is given at most. */
export const MISSPELT = 40;
// The marks Vietnamese letters carry: the five tones, circumflex, breve, horn.
const VIETNAMESE_MARKS = /[\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b]/gu;

/**
 * Whether OCR spelt a word as no Vietnamese word is spelt: a letter outside the Vietnamese
 * alphabet ("LĐÐLĐ" with an Icelandic eth), or a run of letters with a Vietnamese mark that is
 * no syllable (two words fused: "VIỆTNAM", "LAICHÂU"; a doubled letter: "ttác"). Acronyms in
 * plain letters ("UBND", "LĐLĐ") are not judged.
 */
export function misspelt(word: string): boolean {
  for (const run of word.normalize("NFC").match(/\p{L}+/gu) ?? []) {
    const nfd = run.normalize("NFD");
    const bare = nfd.replace(VIETNAMESE_MARKS, "").replace(/[đĐ]/gu, "d");
    if (/[^A-Za-z]/u.test(bare)) return true;
    if (bare.length !== nfd.length && !isVietnameseSyllable(run)) return true;
  }
  return false;
}

/** The confidence a word under coloured ink is given at most. */
const UNDER_INK = 30;

/** Below this mean confidence a line is not text OCR could read. */
const UNREADABLE = 40;

/** A line OCR read but dropped, with why, for a warning that quotes it. */
export interface DroppedLine {
  text: string;
  reason: "overlay" | "unreadable" | "above-header";
}

// The national title, or the Party's, which tops the header's right column (P-HDR).
const NATIONAL_TITLE = /cong hoa xa hoi chu nghia viet nam|dang cong san viet nam/u;

/**
 * Where the header starts on page 1: the top of the national title's line (skew taken out),
 * when OCR read it in the top 40 % of the page. Anything wholly above it (a signature's stamp
 * printed over the top margin, an incoming-mail stamp) is not the header's: the issuer's first
 * line stands level with the national title.
 */
function headerTop(byLine: ReadonlyMap<string, OcrWord[]>, slope: number, pageWidthPx: number, pageHeightPx: number): number | undefined {
  for (const line of byLine.values()) {
    const sorted = [...line].sort((a, b) => a.left - b.left);
    if (!NATIONAL_TITLE.test(foldVi(sorted.map((w) => w.text).join(" ")))) continue;
    const tops = sorted.map((w) => w.top - slope * (cx(w) - pageWidthPx / 2));
    if (median(tops) < pageHeightPx * 0.4) return median(tops);
  }
  return undefined;
}

/**
 * The parts of a word of parts joined by "/" or "-" that coloured ink lies over, each part's box
 * a share of the word's box by its letters; undefined for a word of one part.
 */
export function inkedParts(w: Pick<OcrWord, "text" | "left" | "top" | "width" | "height">, ink: InkMap): string[] | undefined {
  const parts = w.text.split(/([/-])/u);
  if (parts.length < 3) return undefined;
  const letters = [...w.text].length;
  const out: string[] = [];
  let at = 0;
  for (const part of parts) {
    const n = [...part].length;
    if (part !== "/" && part !== "-" && part !== "") {
      const left = w.left + (w.width * at) / letters;
      if (ink.covers(left, w.top, (w.width * n) / letters, w.height)) out.push(part);
    }
    at += n;
  }
  return out;
}

/**
 * "Số:1892HD-LĐLĐ", the number OCR glued to its "Số:": two words, each with its share of the
 * box by letters, as the readings of the field's own words and a text layer part them.
 */
function partedNumber(w: OcrWord): OcrWord[] {
  const m = /^(s[oố]:)(\d.*)$/iu.exec(w.text.normalize("NFC"));
  if (!m) return [w];
  const cut = Math.round((w.width * m[1]!.length) / (m[1]!.length + m[2]!.length));
  return [
    { ...w, text: m[1]!, width: Math.max(1, cut - 1) },
    { ...w, text: m[2]!, left: w.left + cut, width: Math.max(1, w.width - cut) },
  ];
}

/** A letter (a modifier letter such as "ˆ" is a mark) or a digit. */
const LETTER_OR_DIGIT = /[\p{Lu}\p{Ll}\p{Lt}\p{Lo}\p{N}]/u;

/** A line's words in runs parted by a gap wider than two of its words' heights (a column's gap, not a space). */
function columnParts(words: readonly OcrWord[]): OcrWord[][] {
  const gap = 2 * median(words.map((w) => w.height));
  const parts: OcrWord[][] = [];
  for (const [i, w] of words.entries()) {
    const before = words[i - 1];
    if (before && w.left - (before.left + before.width) <= gap) parts.at(-1)!.push(w);
    else parts.push([w]);
  }
  return parts;
}

/** OCR's confidence below which a word's box is checked against the page's ink (a fused, half-read word: "TM.BAN", 31 %). */
const STRETCH_CONF = 60;

/**
 * An unsure word's box cut to where its ink is: OCR stretches the box of a word it half-read
 * over the blank page beside it ("TM.BAN" from the middle of the page), and a box reaching into
 * the gap between two columns puts a right column's line in neither. A box with ink across it
 * stays as it is; so does every sure word's.
 */
function cutToInk(w: OcrWord, image: GrayImage | undefined, line: OcrLine | undefined): OcrWord {
  if (!image || w.conf >= STRETCH_CONF) return w;
  // Looked for over the line's height: an unsure word's own box may be as wrong in height as in
  // width ("___T/M", 2 px tall under its letters). A blank wider than the line's height parts
  // the word from anything else in its box: a space between words is a third of it.
  const rows = line && line.height > w.height ? line : w;
  const span = inkedSpan(image, { left: w.left, top: rows.top, width: w.width, height: rows.height }, Math.max(2, rows.height));
  if (!span) return w;
  const [from, to] = [Math.max(w.left, span[0] - 2), Math.min(w.left + w.width, span[1] + 3)];
  return to - from < w.width * 0.8 ? { ...w, left: from, width: to - from } : w;
}

/** The number line's label, "Số:" (folded). */
const NUMBER_LABEL = /^so:?$/u;

/** The confidence a dash opening a line needs to open a list item rather than be a speck. */
const LEADING_DASH = 60;

/**
 * A printed dash's ink is about a quarter of an em wide (Times: a hyphen 0.28 em, an en dash
 * 0.5), a fifth of its line's height or more; a "dash" under a tenth of it is a dot of noise OCR
 * read as one, however sure (scan 8 of the sweep: "-", 80 %, 2 px wide between the header's two
 * columns, which then no longer read as two).
 */
const DASH = /^[-–—+]$/u;
const DASH_MIN_WIDTH = 0.1;

/**
 * A word OCR read from a dot of noise: a "dash" narrower than a tenth of its line's height, or
 * any word whose box is under a tenth of it both ways, however sure OCR is (no letter's ink is
 * that small: scan 24 of the sweep, "N", 92 %, a 2 × 2 px box inside "Việt Nam trong").
 */
const isDot = (w: OcrWord, lineHeight: number) => w.width < lineHeight * DASH_MIN_WIDTH && (DASH.test(w.text) || w.height < lineHeight * DASH_MIN_WIDTH);

export interface PageWords {
  items: PdfItem[];
  /** Each kept word with its confidence (0–100) and its place. */
  words: ConfidentWord[];
  dropped: DroppedLine[];
}

/**
 * OCR's words as the PDF reader's text items, in pt from the page's top-left corner: each
 * line's words set on one baseline (the median of their bottoms, so descenders and tone marks
 * do not move it), the page's skew taken out, the size from the line's height. Marks without a
 * letter or digit read with little confidence are specks, and go; overlay and stamp lines go
 * with a note.
 */
export function pageItems(words: readonly OcrWord[], lines: ReadonlyMap<string, OcrLine>, dpi: number, pageWidthPx: number, page = 1, pageHeightPx = Infinity, ink?: InkMap, image?: GrayImage): PageWords {
  const pt = 72 / dpi;
  const slope = skewOf(words);
  const out: PageWords = { items: [], words: [], dropped: [] };
  const byLine = groupByLine(words);
  const top = page === 1 ? headerTop(byLine, slope, pageWidthPx, pageHeightPx) : undefined;
  for (const [key, line] of byLine) {
    const lineBox = lines.get(key);
    const lineHeight = lineBox?.height ?? median(line.map((w) => w.height)) * 1.2;
    const sorted = line
      .filter((w) => !isDot(w, lineHeight))
      .map((w) => cutToInk(w, image, lineBox))
      .sort((a, b) => a.left - b.left);
    // A dash or plus opens a list item (OCR reads those 90 % sure and more; a speck before a
    // title or "V/v", 40–50 %); elsewhere, unless OCR is sure of it, it is a speck.
    const marked = sorted
      .filter((w, i) => LETTER_OR_DIGIT.test(w.text) || (/^[-+]$/u.test(w.text) && ((i === 0 && w.conf >= LEADING_DASH) || w.conf >= 90)) || w.conf >= 80)
      .map((w, i) => ({ ...w, text: withoutSpecks(w.text, i === 0) }))
      .flatMap(partedNumber);
    // OCR runs the two columns' words into one line: a column's part of letters one or two at a
    // time that it cannot read (a signature's strokes, "ki ễ", beside a recipient) goes as an
    // unreadable line would, and so does any part of lone letters and marks ("À ` Ấ").
    const kept: OcrWord[] = [];
    const lettersOf = (w: OcrWord) => w.text.replace(/[^\p{L}\p{N}]/gu, "");
    // Letters one at a time with marks between ("À ` Ấ"): a signature's strokes, however sure OCR is.
    const strokes = marked.length >= 2 && marked.every((w) => lettersOf(w).length <= 1 && !/\d/u.test(w.text) && !/^\p{L}[.)]$/u.test(w.text));
    for (const part of strokes ? [marked] : columnParts(marked)) {
      // "Số:" parted from its symbol by a handwritten number's gap, and read unsurely beside the
      // ink, stays: without it "/UBND-KTTH" would read as an issuer's line.
      const numberLabel = part.length === 1 && NUMBER_LABEL.test(foldVi(part[0]!.text).toLowerCase());
      const unsure = !numberLabel && part.length < marked.length && part.every((w) => lettersOf(w).length <= 2) && part.reduce((a, w) => a + w.conf, 0) / part.length < UNREADABLE;
      if (!strokes && !unsure) kept.push(...part);
      else out.dropped.push({ text: part.map((w) => w.text).join(" "), reason: "unreadable" });
    }
    // A speck can stretch a word's box over the next word: a box ends where the next one starts.
    for (let i = 0; i + 1 < kept.length; i++) {
      const next = kept[i + 1]!.left;
      if (kept[i]!.left + kept[i]!.width > next) kept[i] = { ...kept[i]!, width: Math.max(1, next - kept[i]!.left - 1) };
    }
    if (kept.length === 0) continue;
    const text = kept.map((w) => w.text).join(" ");
    const mean = kept.reduce((a, w) => a + w.conf, 0) / kept.length;
    if (mean < UNREADABLE) {
      // Remnants of a stamp, a smudge, a scribble: nothing OCR can read, and nothing to guess from.
      out.dropped.push({ text, reason: "unreadable" });
      continue;
    }
    if (OVERLAY.test(foldVi(text).toLowerCase())) {
      out.dropped.push({ text, reason: "overlay" });
      continue;
    }
    // The baseline, as if the page were straight: each word's bottom brought to the page's middle.
    const base = median(kept.map((w) => bottom(w) - slope * (cx(w) - pageWidthPx / 2)));
    if (top !== undefined && base < top) {
      out.dropped.push({ text, reason: "above-header" });
      continue;
    }
    const span = kept[kept.length - 1]!.left + kept[kept.length - 1]!.width - kept[0]!.left;
    const height = lineBox ? lineBox.height - Math.abs(slope) * span : median(kept.map((w) => w.height)) * 1.2;
    // A line's box runs from the tone marks over capitals to the descenders: about 1.3 times the size.
    const size = Math.max(4, (Math.max(height, median(kept.map((w) => w.height))) / 1.3) * pt);
    for (const w of kept) {
      // OCR knows where words part, even when their boxes almost touch (tone marks widen them):
      // each word is drawn a fifth of the size narrower, so that the layout always sees the space.
      const width = Math.max(w.width * pt * 0.3, w.width * pt - size * 0.2);
      out.items.push({ str: w.text, x: w.left * pt, y: base * pt, width, size, bold: false, italic: false });
      // A word under a seal or a stamp lost the pixels the ink covered: never sure, whatever OCR says.
      const covered = ink?.covers(w.left, w.top, w.width, w.height) ?? false;
      const conf = covered ? Math.min(w.conf, UNDER_INK) : misspelt(w.text) ? Math.min(w.conf, MISSPELT) : w.conf;
      const box = { left: w.left / pageWidthPx, top: w.top / pageHeightPx, right: (w.left + w.width) / pageWidthPx, bottom: (w.top + w.height) / pageHeightPx };
      const inked = covered && ink ? inkedParts(w, ink) : undefined;
      out.words.push({
        text: w.text,
        conf,
        page,
        y: base / pageHeightPx,
        ...(Number.isFinite(pageHeightPx) ? { box, line: key } : {}),
        ...(covered ? { covered: true as const } : {}),
        ...(inked ? { inked, ocrConf: w.conf } : {}),
      });
    }
  }
  // One size for the page's words: a line box's height says little about its font size (tone
  // marks, descenders, specks), and the layout must not read a size change into that noise.
  const size = median(out.items.map((i) => i.size));
  for (const item of out.items) item.size = size;
  return out;
}
