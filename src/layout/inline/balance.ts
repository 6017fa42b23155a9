import type { Fonts } from "../geometry.js";
import type { Style } from "../schema.js";
import type { PrintedText } from "../../realize/printed.js";
import { breakLines, type BrokenLine } from "./break.js";
import { wordsOf, type Word } from "./words.js";
import { bindsTogether } from "../../text/compounds.js";

/** Up to this many words a text is broken optimally (a header line, a title, a signer's name); past it, by bisection. */
const OPTIMAL_MAX_WORDS = 60;

/**
 * Breaks one text into the fewest lines that fit `width`, as even as they can be (L-HDR-1), and
 * never inside a name ("THÀNH / PHỐ", src/text/compounds.ts) or with one word alone when a break
 * of the same number of lines, or of one more, avoids it. Short texts (every header line) are
 * broken optimally; a longer one by bisection over greedy breaks.
 */
export function balancedLines(text: PrintedText, style: Style, size: number, width: number, fonts: Fonts): BrokenLine[] {
  const words = wordsOf(text, style, fonts, size);
  const greedy = breakLines(words, width, width, fonts);
  if (greedy.length <= 1) return greedy;
  const fitsWhole = words.every((w) => w.width <= width + 1e-6);
  return (fitsWhole && words.length <= OPTIMAL_MAX_WORDS ? optimalLines(words, greedy.length, width) : undefined) ?? bisected(words, greedy, width, fonts);
}

/** The narrowest width that still gives the greedy number of lines, found by bisection (each trial a linear pass). */
function bisected(words: Word[], greedy: BrokenLine[], width: number, fonts: Fonts): BrokenLine[] {
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

// Costs of a break, in the order they matter: a word alone on a line, a name split, one more line
// than the fewest, a line under ~half the mean, then unevenness (at most 1).
const ALONE = 10;
const SPLIT_NAME = 5;
const EXTRA_LINE = 4;
const SHORT = 3;

/**
 * The cheapest breaks of `words` into `fewest` lines, or one more when that is cheaper (it
 * removes a split name or a lone word): dynamic programming over break positions, O(n²·lines)
 * for n ≤ OPTIMAL_MAX_WORDS words.
 */
function optimalLines(words: Word[], fewest: number, width: number): BrokenLine[] | undefined {
  const n = words.length;
  // at[i]: width of words 0..i-1 set on one line (spaces between them included).
  const at = [0];
  for (let i = 0; i < n; i++) at.push(at[i]! + (i > 0 ? words[i]!.space : 0) + words[i]!.width);
  const lineWidth = (a: number, b: number) => at[b]! - at[a]! - (a > 0 ? words[a]!.space : 0);
  // splitsName[b]: a break before word b would split a name; computed once per break, not per trial.
  const splitsName = words.map((w, b) => b > 0 && bindsTogether(lastSyllable(words[b - 1]!), firstSyllable(w)));
  let best: { cost: number; breaks: number[] } | undefined;
  for (const count of [fewest, fewest + 1]) {
    if (count > n) break;
    const mean = at[n]! / count;
    const lineCost = (a: number, b: number) => {
      const w = lineWidth(a, b);
      return ((w - mean) / width) ** 2 + (b - a === 1 && n > count ? ALONE : 0) + (w < mean * 0.45 ? SHORT : 0);
    };
    // cost[j][i]: the cheapest j lines holding words 0..i-1; from[j][i]: where the last of them starts.
    const cost = Array.from({ length: count + 1 }, () => new Array<number>(n + 1).fill(Infinity));
    const from = Array.from({ length: count + 1 }, () => new Array<number>(n + 1).fill(-1));
    cost[0]![0] = 0;
    for (let j = 1; j <= count; j++) {
      for (let b = j; b <= n; b++) {
        for (let a = j - 1; a < b; a++) {
          const before = cost[j - 1]![a]!;
          if (before === Infinity || lineWidth(a, b) > width + 1e-6) continue;
          const c = before + lineCost(a, b) + (splitsName[a] ? SPLIT_NAME : 0);
          if (c < cost[j]![b]!) {
            cost[j]![b] = c;
            from[j]![b] = a;
          }
        }
      }
    }
    const total = cost[count]![n]! + (count > fewest ? EXTRA_LINE : 0);
    if (total === Infinity || (best && best.cost <= total)) continue;
    const breaks: number[] = [];
    for (let j = count, b = n; j > 0; b = from[j]![b]!, j--) breaks.unshift(from[j]![b]!);
    best = { cost: total, breaks };
  }
  if (!best) return undefined;
  return best.breaks.map((a, k) => {
    const b = best.breaks[k + 1] ?? n;
    const line = words.slice(a, b);
    line[0] = { ...line[0]!, space: 0 };
    return { words: line, natural: lineWidth(a, b), last: b === n };
  });
}

const textOf = (w: Word): string => w.pieces.map((p) => p.text).join("");
/** The word's last and first syllables without the punctuation around them ("NỘI," → "NỘI"). */
const lastSyllable = (w: Word): string => textOf(w).replace(/[^\p{L}\p{M}]+$/u, "").split(/[^\p{L}\p{M}]/u).at(-1) ?? "";
const firstSyllable = (w: Word): string => textOf(w).replace(/^[^\p{L}\p{M}]+/u, "").split(/[^\p{L}\p{M}]/u)[0] ?? "";

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
