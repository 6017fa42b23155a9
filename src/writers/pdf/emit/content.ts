import type { Face, Page, Span } from "../../../layout/pages.js";
import { parseColor, rgbOperands, type Rgb } from "./color.js";
import type { FontUse } from "./font-use.js";
import { num } from "./objects.js";

const SPACE = 0x20;

/**
 * The content stream of one page (§9.4, §8.5). Pages measure from the top-left with y down;
 * PDF from the bottom-left with y up, so every y becomes height − y. Each span is one text
 * object placed by its own matrix; a justified span draws its real space glyphs followed by a
 * TJ shift of the extra width, so the text extracted keeps its spaces and the drawn width is the
 * span's width.
 */
export function pageContent(page: Page, pageIndex: number, fontFor: (face: Face) => FontUse): string {
  const out: string[] = [];
  const h = page.height;
  let fill = "0 0 0";
  const setFill = (rgb: Rgb): void => {
    const ops = rgbOperands(rgb);
    if (ops !== fill) out.push(`${ops} rg`);
    fill = ops;
  };

  page.lines.forEach((line, l) => {
    const baseline = num(h - line.y);
    line.spans.forEach((span, s) => {
      if (span.text === "") return;
      const rgb = parseColor(span.color, `pages[${pageIndex}].lines[${l}].spans[${s}].color`);
      setFill(rgb);
      const use = fontFor(span.face);
      out.push(`BT /${use.resource} ${num(span.size)} Tf 1 0 0 1 ${num(span.x)} ${baseline} Tm [${glyphRuns(span, use, line.source)}] TJ ET`);
      if (span.underline) {
        const y = h - line.y - use.info.underlineOffset * span.size;
        const w = use.info.underlineThickness * span.size;
        out.push(`${num(w)} w ${rgbOperands(rgb)} RG ${num(span.x)} ${num(y)} m ${num(span.x + span.width)} ${num(y)} l S`);
      }
    });
  });

  page.rules.forEach((rule, i) => {
    const rgb = parseColor(rule.color, `pages[${pageIndex}].rules[${i}].color`);
    out.push(`${num(rule.width)} w ${rgbOperands(rgb)} RG ${num(rule.x1)} ${num(h - rule.y1)} m ${num(rule.x2)} ${num(h - rule.y2)} l S`);
  });
  page.frames.forEach((frame, i) => {
    const rgb = parseColor(frame.color, `pages[${pageIndex}].frames[${i}].color`);
    out.push(`${num(frame.width)} w ${rgbOperands(rgb)} RG ${num(frame.x)} ${num(h - frame.y - frame.h)} ${num(frame.w)} ${num(frame.h)} re S`);
  });
  return out.join("\n");
}

/** The TJ operands of a span: hex glyph strings, split after each space when words are spread. */
function glyphRuns(span: Span, use: FontUse, source: string): string {
  const text = span.text;
  const shift = span.wordSpacing === 0 ? "" : ` ${num((-span.wordSpacing * 1000) / span.size)} `;
  let out = "<";
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < text.length) {
      cp = text.codePointAt(i)!;
      i++;
    }
    out += use.glyphHex(cp, source);
    if (cp === SPACE && shift) out += `>${shift}<`;
  }
  return `${out}>`;
}
