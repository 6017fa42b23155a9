import type { Face, Page, Span } from "../../../layout/pages.js";
import { parseColor, rgbOperands, type Rgb } from "./color.js";
import type { FontUse } from "./font-use.js";
import { num } from "./objects.js";
import { ByteWriter } from "./bytes.js";

const SPACE = 0x20;
const NEWLINE = 0x0a;
const LESS = 0x3c;
const GREATER = 0x3e;

/**
 * The content stream of one page (§9.4, §8.5), as bytes. Pages measure from the top-left with y
 * down; PDF from the bottom-left with y up, so every y becomes height − y. Each span is one text
 * object placed by its own matrix; a justified span draws its real space glyphs followed by a
 * TJ shift of the extra width, so the text extracted keeps its spaces and the drawn width is the
 * span's width. Written straight into bytes: a page's glyphs are most of its stream, and building
 * them as strings first cost more than the rest of the page.
 */
export function pageContent(page: Page, pageIndex: number, fontFor: (face: Face) => FontUse): Uint8Array {
  const out = new ByteWriter(16384);
  const h = page.height;
  let fill = "0 0 0";
  const op = (text: string): void => {
    if (out.size > 0) out.byte(NEWLINE);
    out.ascii(text);
  };
  const setFill = (rgb: Rgb): void => {
    const ops = rgbOperands(rgb);
    if (ops !== fill) op(`${ops} rg`);
    fill = ops;
  };

  page.lines.forEach((line, l) => {
    const baseline = num(h - line.y);
    line.spans.forEach((span, s) => {
      if (span.text === "") return;
      const rgb = parseColor(span.color, () => `pages[${pageIndex}].lines[${l}].spans[${s}].color`);
      setFill(rgb);
      const use = fontFor(span.face);
      op(`BT /${use.resource} ${num(span.size)} Tf 1 0 0 1 ${num(span.x)} ${baseline} Tm [`);
      glyphRuns(out, span, use, line.source);
      out.ascii("] TJ ET");
      if (span.underline) {
        const y = h - line.y - use.info.underlineOffset * span.size;
        const w = use.info.underlineThickness * span.size;
        op(`${num(w)} w ${rgbOperands(rgb)} RG ${num(span.x)} ${num(y)} m ${num(span.x + span.width)} ${num(y)} l S`);
      }
    });
  });

  page.rules.forEach((rule, i) => {
    const rgb = parseColor(rule.color, () => `pages[${pageIndex}].rules[${i}].color`);
    op(`${num(rule.width)} w ${rgbOperands(rgb)} RG ${num(rule.x1)} ${num(h - rule.y1)} m ${num(rule.x2)} ${num(h - rule.y2)} l S`);
  });
  page.frames.forEach((frame, i) => {
    const rgb = parseColor(frame.color, () => `pages[${pageIndex}].frames[${i}].color`);
    op(`${num(frame.width)} w ${rgbOperands(rgb)} RG ${num(frame.x)} ${num(h - frame.y - frame.h)} ${num(frame.w)} ${num(frame.h)} re S`);
  });
  return out.bytes();
}

/** The TJ operands of a span: hex glyph strings, split after each space when words are spread. */
function glyphRuns(out: ByteWriter, span: Span, use: FontUse, source: string): void {
  const text = span.text;
  const shift = span.wordSpacing === 0 ? "" : `> ${num((-span.wordSpacing * 1000) / span.size)} <`;
  out.byte(LESS);
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < text.length) {
      cp = text.codePointAt(i)!;
      i++;
    }
    out.hex4(use.glyphId(cp, source));
    if (cp === SPACE && shift) out.ascii(shift);
  }
  out.byte(GREATER);
}
