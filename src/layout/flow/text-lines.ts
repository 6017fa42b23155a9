import type { Line } from "../pages.js";
import type { Fonts } from "../geometry.js";
import type { Style } from "../schema.js";
import type { Alignment, PrintedText } from "../../realize/printed.js";
import type { BrokenLine } from "../inline/break.js";
import { setLine } from "../inline/set.js";

/** Where a line's baseline sits in a box `height` tall: the extra leading split above and below. */
export function baselineIn(height: number, fonts: Fonts, style: Style, size = style.size): number {
  const face = fonts.styleFace(style);
  const natural = fonts.lineHeight(face, size);
  return (height - natural) / 2 + fonts.ascent(face, size);
}

/** Sets broken lines one under the other from `top`, each `height` tall; returns the lines. */
export function stackLines(
  broken: BrokenLine[],
  o: { x: number; width: number; firstIndent?: number; top: number; height: number; baseline: number; align: Alignment; text: PrintedText },
): Line[] {
  return broken.map((b, k) => {
    const indent = k === 0 ? (o.firstIndent ?? 0) : 0;
    return setLine(b, o.x + indent, o.top + k * o.height + o.baseline, o.width - indent, o.align, o.text.source, o.text.style);
  });
}
