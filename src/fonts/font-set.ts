/// <reference path="../types/fontkit.d.ts" preserve="true" />
// A font family from bytes: no file system, so the layout and the PDF writer can run in a browser.
import * as fontkit from "fontkit";

export type FontVariant = "normal" | "bold" | "italics" | "bolditalics";
export const FONT_VARIANTS: readonly FontVariant[] = ["normal", "bold", "italics", "bolditalics"];

/** The four faces of one family, as bytes (for embedding) and as parsed fonts (for measuring). */
export interface FontSet {
  name: string;
  bytes: Record<FontVariant, Uint8Array>;
  faces: Record<FontVariant, fontkit.Font>;
}

/**
 * A family from the bytes of its four TrueType files (e.g. fetched by a web page). The bytes are
 * kept as given: the caller must not change them afterwards.
 */
export function fontSetFromBytes(bytes: Record<FontVariant, Uint8Array>, name = "Times"): FontSet {
  const own = {} as Record<FontVariant, Uint8Array>;
  const faces = {} as Record<FontVariant, fontkit.Font>;
  for (const v of FONT_VARIANTS) {
    const b = bytes[v];
    if (!(b instanceof Uint8Array)) throw new Error(`Thiếu tệp phông "${v}" / font file for "${v}" is missing`);
    own[v] = b;
    faces[v] = fontkit.create(b);
  }
  return { name, bytes: own, faces };
}

export function variantOf(bold: boolean | undefined, italic: boolean | undefined): FontVariant {
  if (bold && italic) return "bolditalics";
  if (bold) return "bold";
  if (italic) return "italics";
  return "normal";
}

/** Per face: 0 not asked yet, 1 has a glyph, 2 lacks one, for each BMP code point (one lookup each). */
const coverage = new WeakMap<fontkit.Font, Uint8Array>();

/** Code points of `text` that the family cannot draw (so a wrong font is caught, not rendered as boxes). */
export function missingGlyphs(fonts: FontSet, text: string): string[] {
  const face = fonts.faces.normal;
  let known = coverage.get(face);
  if (!known) coverage.set(face, (known = new Uint8Array(0x10000)));
  let missing: Set<string> | undefined;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp < 0x20 || cp === 0xa0) continue;
    let has: boolean;
    if (cp >= 0xd800 && cp < 0xdc00) {
      cp = text.codePointAt(i)!;
      i++;
      has = face.hasGlyphForCodePoint(cp);
    } else {
      if (known[cp] === 0) known[cp] = face.hasGlyphForCodePoint(cp) ? 1 : 2;
      has = known[cp] === 1;
    }
    if (!has) (missing ??= new Set()).add(String.fromCodePoint(cp));
  }
  return missing ? [...missing] : [];
}
