import { mm, type Fonts, type PageBox } from "./geometry.js";
import type { Profile } from "./schema.js";
import type { Line, Rule } from "./pages.js";
import type { PrintedText } from "../realize/printed.js";
import { breakLines } from "./inline/break.js";
import { wordsOf } from "./inline/words.js";
import { setLine } from "./inline/set.js";

/** R-PGNUM-1/2: the page's number in the top margin, centred over the text block; none before `firstNumberedPage`. */
export function pageNumberLine(n: number, profile: Profile, box: PageBox, fonts: Fonts): Line | undefined {
  if (n < profile.pageNumber.firstNumberedPage) return undefined;
  const style = profile.elements.pageNumber;
  const text: PrintedText = { runs: [{ text: String(n) }], style: "pageNumber", source: "generated" };
  const broken = breakLines(wordsOf(text, style, fonts), box.textWidth, box.textWidth, fonts)[0]!;
  const y = mm(profile.pageNumber.topMm) + fonts.ascent(fonts.styleFace(style), style.size);
  return setLine(broken, box.left, y, box.textWidth, "center", "generated", "pageNumber");
}

/** The contact footer's lines, wrapped to the text block (none is cut: R-FOOT-1, L-LOST-1). */
function footerBroken(lines: PrintedText[], profile: Profile, box: PageBox, fonts: Fonts) {
  const style = profile.elements.footer;
  return lines.map((t) => ({ t, broken: breakLines(wordsOf(t, style, fonts), box.textWidth, box.textWidth, fonts) }));
}

/** R-FOOT-1: the contact footer under a full-width rule, page 1 only, inside the text block. */
export function footerContent(lines: PrintedText[], profile: Profile, box: PageBox, fonts: Fonts): { lines: Line[]; rules: Rule[]; top: number } {
  const style = profile.elements.footer;
  const face = fonts.styleFace(style);
  const lh = fonts.lineHeight(face, style.size);
  const all = footerBroken(lines, profile, box, fonts);
  const count = all.reduce((n, f) => n + f.broken.length, 0);
  const top = box.bottom - count * lh - 2 - profile.header.ruleWidthPt;
  const out: Line[] = [];
  let y = top + profile.header.ruleWidthPt + 2;
  for (const { t, broken } of all) {
    for (const b of broken) {
      out.push(setLine(b, box.left, y + fonts.ascent(face, style.size), box.textWidth, "left", t.source, t.style));
      y += lh;
    }
  }
  return { lines: out, rules: [{ x1: box.left, y1: top, x2: box.left + box.textWidth, y2: top, width: profile.header.ruleWidthPt, role: "footerRule" }], top };
}
