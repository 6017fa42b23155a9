import type { Line, Span } from "../pages.js";
import type { Alignment } from "../../realize/printed.js";
import type { BrokenLine } from "./break.js";

/**
 * Places a broken line: x of each span and, for a justified line that is not the paragraph's
 * last, the word spacing that brings it to the right edge (R-BODY-1). Spans join the pieces
 * and spaces that share a face, size and underline.
 */
export function setLine(
  broken: BrokenLine,
  x: number,
  y: number,
  room: number,
  align: Alignment,
  source: string,
  role: string,
): Line {
  const spaces = Math.max(0, broken.words.length - 1);
  const justify = align === "justify" && !broken.last && spaces > 0;
  const wordSpacing = justify ? Math.max(0, (room - broken.natural) / spaces) : 0;
  const width = broken.natural + wordSpacing * spaces;
  const start = align === "center" ? x + (room - width) / 2 : align === "right" ? x + room - width : x;
  const spans: Span[] = [];
  let cursor = start;
  let span: Span | undefined;
  const add = (text: string, face: Span["face"], size: number, underline: boolean, w: number, isSpace: boolean) => {
    if (!span || span.face !== face || span.size !== size || span.underline !== underline) {
      span = { text: "", x: cursor, width: 0, face, size, wordSpacing, underline };
      spans.push(span);
    }
    span.text += text;
    const drawn = w + (isSpace ? wordSpacing : 0);
    span.width += drawn;
    cursor += drawn;
  };
  broken.words.forEach((word, i) => {
    if (i > 0) {
      // A space is underlined when the words on both sides are, so an underline runs unbroken.
      const first = word.pieces[0]!;
      const before = broken.words[i - 1]!.pieces.at(-1)!;
      add(" ", word.spaceFace, first.size, before.underline && first.underline, word.space, true);
    }
    for (const p of word.pieces) add(p.text, p.face, p.size, p.underline, p.width, false);
  });
  for (const s of spans) if (!s.text.includes(" ")) s.wordSpacing = 0;
  return { x: start, y, width, spans, source, role };
}
