import type { Style } from "../schema.js";
import type { Face } from "../pages.js";
import type { Fonts } from "../geometry.js";
import type { PrintedText } from "../../realize/printed.js";

/** A piece of a word in one face: words change face where a bold or italic run starts. */
export interface Piece {
  text: string;
  face: Face;
  size: number;
  underline: boolean;
  width: number;
}

/** A word: the pieces between two spaces, and the space before it (its width in the space's face). */
export interface Word {
  pieces: Piece[];
  width: number;
  /** Natural width of the space before this word on a line (0 when the text starts with it). */
  space: number;
  spaceFace: Face;
}

const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13 || code === 0x2028 || code === 0x2029 || code === 12 || code === 11;

/**
 * Splits printed text into measured words, collapsing every run of white space into one space
 * (a line break inside a paragraph is a space). A no-break space (U+00A0) is part of its word:
 * the blanks of an unissued draft's number and date are kept that way. One pass: linear.
 */
export function wordsOf(text: PrintedText, base: Style, fonts: Fonts, size = base.size): Word[] {
  const words: Word[] = [];
  let current: Word | undefined;
  let pendingSpace: Face | undefined;
  for (const run of text.runs) {
    const face = fonts.face(run.bold ?? base.bold, run.italic ?? base.italic);
    const underline = run.underline ?? !!base.underline;
    const t = run.text;
    let start = -1;
    const flush = (end: number) => {
      if (start < 0) return;
      const piece = t.slice(start, end);
      start = -1;
      const width = fonts.width(piece, face, size);
      if (!current) {
        // The word starts with its first piece: a one-element array literal, not [] grown by push
        // (whose first growth reserves 17 slots; most words have one piece).
        const spaceFace = pendingSpace ?? face;
        const space = pendingSpace && words.length ? fonts.width(" ", spaceFace, size) : 0;
        current = { pieces: [{ text: piece, face, size, underline, width }], width, space, spaceFace };
        pendingSpace = undefined;
        return;
      }
      const last = current.pieces[current.pieces.length - 1];
      if (last && last.face === face && last.underline === underline) {
        last.text += piece;
        last.width += width;
      } else current.pieces.push({ text: piece, face, size, underline, width });
      current.width += width;
    };
    for (let i = 0; i < t.length; i++) {
      if (isSpace(t.charCodeAt(i))) {
        flush(i);
        if (current) {
          words.push(current);
          current = undefined;
        }
        pendingSpace ??= face;
      } else if (start < 0) start = i;
    }
    flush(t.length);
  }
  if (current) words.push(current);
  return words;
}
