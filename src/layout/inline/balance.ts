import type { Fonts } from "../geometry.js";
import type { Style } from "../schema.js";
import type { PrintedText } from "../../realize/printed.js";
import { breakLines, type BrokenLine } from "./break.js";
import { wordsOf } from "./words.js";

/**
 * Breaks one text into the fewest lines that fit `width`, as even as they can be (L-HDR-1):
 * the narrowest width that still gives that many lines, found by bisection over greedy breaks
 * (each a linear pass), so no line is left with a word or two under a long one.
 */
export function balancedLines(text: PrintedText, style: Style, size: number, width: number, fonts: Fonts): BrokenLine[] {
  const words = wordsOf(text, style, fonts, size);
  const greedy = breakLines(words, width, width, fonts);
  if (greedy.length <= 1) return greedy;
  const target = greedy.length;
  const widest = Math.max(...words.map((w) => w.width));
  let lo = Math.max(widest, greedy.reduce((s, l) => s + l.natural, 0) / target);
  let hi = width;
  let best = greedy;
  for (let i = 0; i < 24 && hi - lo > 0.25; i++) {
    const mid = (lo + hi) / 2;
    const trial = breakLines(words, mid, mid, fonts);
    if (trial.length <= target) {
      best = trial;
      hi = mid;
    } else lo = mid;
  }
  return best;
}

export interface FittedGroup {
  size: number;
  /** The broken lines of each text of the group, in order. */
  lines: BrokenLine[][];
}

/**
 * Header lines (L-HDR-1): a line the caller gave is kept whole when it fits; when one does not,
 * the whole group steps down in size, one point at a time, to the profile's smallest allowed
 * size; if that is not enough, the group keeps its size and each line too wide breaks at word
 * boundaries into balanced lines.
 */
export function fitGroup(texts: PrintedText[], style: Style, width: number, fonts: Fonts): FittedGroup {
  const natural = (size: number) => texts.map((t) => wordsOf(t, style, fonts, size)).map((ws) => ws.reduce((s, w) => s + w.space + w.width, 0));
  const min = style.min ?? style.size;
  for (let size = style.size; size >= min - 1e-9; size -= 1) {
    if (natural(size).every((w) => w <= width + 1e-6)) {
      return { size, lines: texts.map((t) => breakLines(wordsOf(t, style, fonts, size), width, width, fonts)) };
    }
  }
  return { size: style.size, lines: texts.map((t) => balancedLines(t, style, style.size, width, fonts)) };
}
