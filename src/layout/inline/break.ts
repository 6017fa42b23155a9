import type { Fonts } from "../geometry.js";
import type { Piece, Word } from "./words.js";

/** A line chosen by the breaker: its words and their natural width (spaces at natural width). */
export interface BrokenLine {
  words: Word[];
  natural: number;
  /** The paragraph's last line (never justified). */
  last: boolean;
}

/** Break opportunities inside a token too long for a line (L-TOKEN-1): after these characters. */
const PREFERRED = new Set(["/", "-", ".", "–"]);
const COMBINING = /\p{M}/u;

/**
 * Cuts the longest head of `word` that fits `room` (L-TOKEN-1): after the last "/", "-" or "."
 * that fits, else between two characters (never before a combining mark). Returns undefined when
 * not even one character fits. Scans only as far as the room reaches, so splitting a token of n
 * characters into lines costs O(n) in all.
 */
function cutWord(word: Word, room: number, fonts: Fonts): [Word, Word] | undefined {
  let width = 0;
  let preferred: { piece: number; at: number; width: number } | undefined;
  let hard: { piece: number; at: number; width: number } | undefined;
  outer: for (let p = 0; p < word.pieces.length; p++) {
    const piece = word.pieces[p]!;
    const m = fonts.metrics(piece.face);
    const scale = piece.size / m.unitsPerEm;
    for (let i = 0; i < piece.text.length; ) {
      const cp = piece.text.codePointAt(i)!;
      const len = cp > 0xffff ? 2 : 1;
      const w = m.glyph(cp).advance * scale;
      if (width + w > room) break outer;
      width += w;
      i += len;
      const next = piece.text[i];
      if (next !== undefined && COMBINING.test(next)) continue; // keep a mark with its base letter
      hard = { piece: p, at: i, width };
      if (PREFERRED.has(String.fromCodePoint(cp))) preferred = hard;
    }
  }
  const cut = preferred ?? hard;
  if (!cut) return undefined;
  const headPieces: Piece[] = word.pieces.slice(0, cut.piece);
  const tailPieces: Piece[] = word.pieces.slice(cut.piece + 1);
  const split = word.pieces[cut.piece]!;
  const headText = split.text.slice(0, cut.at);
  const tailText = split.text.slice(cut.at);
  const headWidthOfSplit = cut.width - headPieces.reduce((s, p) => s + p.width, 0);
  if (headText) headPieces.push({ ...split, text: headText, width: headWidthOfSplit });
  if (tailText) tailPieces.unshift({ ...split, text: tailText, width: split.width - headWidthOfSplit });
  if (!tailPieces.length) return undefined; // the whole word fits: nothing to cut
  const head: Word = { ...word, pieces: headPieces, width: cut.width };
  const tail: Word = { pieces: tailPieces, width: word.width - cut.width, space: 0, spaceFace: word.spaceFace };
  return [head, tail];
}

/**
 * Greedy first-fit line breaking, as a word processor does it: each line takes as many words as
 * fit. Linear in the number of words. `firstWidth` is the first line's room (after its indent).
 * A word wider than a whole line is cut (L-TOKEN-1) so nothing runs past the margin.
 */
export function breakLines(words: Word[], firstWidth: number, width: number, fonts: Fonts): BrokenLine[] {
  const lines: BrokenLine[] = [];
  let line: Word[] = [];
  let natural = 0;
  let room = firstWidth;
  const flush = () => {
    lines.push({ words: line, natural, last: false });
    line = [];
    natural = 0;
    room = width;
  };
  for (const next of words) {
    let word = next;
    for (;;) {
      const space = line.length ? word.space : 0;
      if (natural + space + word.width <= room + 1e-6) {
        line.push(line.length ? word : { ...word, space: 0 });
        natural += space + word.width;
        break;
      }
      if (line.length && word.width <= width + 1e-6) {
        flush();
        continue;
      }
      // A token longer than the room: fill what is left of this line, then whole lines (L-TOKEN-1).
      const cut = cutWord(word, room - natural - space, fonts);
      if (!cut) {
        if (!line.length) throw new RangeError(`column too narrow: ${room.toFixed(1)} pt`); // not one character fits
        flush();
        continue;
      }
      const [head, tail] = cut;
      line.push(line.length ? head : { ...head, space: 0 });
      natural += space + head.width;
      flush();
      word = tail;
    }
  }
  if (line.length || lines.length === 0) lines.push({ words: line, natural, last: true });
  else lines[lines.length - 1]!.last = true;
  return lines;
}
