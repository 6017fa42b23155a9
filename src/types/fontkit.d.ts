// fontkit ships no type declarations; this is the part of its documented public API vanban uses
// (https://github.com/foliojs/fontkit#readme: Font, Glyph, Subset).
declare module "fontkit" {
  export interface GlyphRun {
    advanceWidth: number;
  }
  export interface Glyph {
    id: number;
    advanceWidth: number;
    codePoints: number[];
  }
  export interface Subset {
    /** Adds a glyph (or glyph id) and returns its id in the subset. */
    includeGlyph(glyph: number | Glyph): number;
    /** The subset font file. */
    encode(): Uint8Array;
  }
  export interface Font {
    unitsPerEm: number;
    ascent: number;
    descent: number;
    lineGap: number;
    capHeight: number;
    xHeight: number;
    italicAngle: number;
    /** Offset of the underline from the baseline (negative: below), in font units. */
    underlinePosition: number;
    underlineThickness: number;
    bbox: { minX: number; minY: number; maxX: number; maxY: number };
    familyName: string;
    postscriptName: string;
    numGlyphs: number;
    layout(text: string, features?: string[] | Record<string, boolean>): GlyphRun;
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): Glyph;
    getGlyph(id: number): Glyph;
    createSubset(): Subset;
  }
  export function create(buffer: Uint8Array | Buffer, postscriptName?: string): Font;
}
