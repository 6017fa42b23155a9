import type { Fonts, PageBox } from "../geometry.js";
import type { Profile } from "../schema.js";
import type { PrintedParagraph } from "../../realize/printed.js";
import { breakLines } from "../inline/break.js";
import { wordsOf } from "../inline/words.js";
import { layoutError } from "../errors.js";
import { baselineIn, stackLines } from "./text-lines.js";
import { emptySlice, KEEP, type Slice } from "./slice.js";

/** Fewest lines a split paragraph keeps on each side of a page break (L-WIDOW-1). */
export const MIN_LINES_EACH_SIDE = 2;

/**
 * A body paragraph as one slice per line (R-BODY-1/2): justified with the first-line indent,
 * exact line spacing, space after. A page may break between two lines only where each side keeps
 * at least two lines (no widow, no orphan, L-WIDOW-1).
 */
export function paragraphSlices(p: PrintedParagraph, profile: Profile, box: PageBox, fonts: Fonts): Slice[] {
  const style = profile.elements[p.text.style];
  const height = profile.paragraph.lineSpacingPt;
  let broken;
  try {
    broken = breakLines(wordsOf(p.text, style, fonts), box.textWidth - p.indent, box.textWidth, fonts);
  } catch (e) {
    throw layoutError(p.block, `không đặt được dòng: ${(e as Error).message}`, `cannot set the line: ${(e as Error).message}`);
  }
  const baseline = baselineIn(height, fonts, style);
  const lines = stackLines(broken, { x: box.left, width: box.textWidth, firstIndent: p.indent, top: 0, height, baseline, align: p.align, text: p.text });
  const n = lines.length;
  return lines.map((line, k) => ({
    ...emptySlice("body", p.block, height),
    lines: [{ ...line, y: line.y - k * height }],
    spaceBefore: k === 0 ? p.spaceBefore : 0,
    spaceAfter: k === n - 1 ? p.spaceAfter : 0,
    keep: k === 0 || (k >= MIN_LINES_EACH_SIDE && n - k >= MIN_LINES_EACH_SIDE) ? KEEP.none : KEEP.lines,
  }));
}
