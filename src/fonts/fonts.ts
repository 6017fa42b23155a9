/// <reference path="../types/fontkit.d.ts" preserve="true" />
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as fontkit from "fontkit";
import { packageRoot } from "../util/package-root.js";

export type FontVariant = "normal" | "bold" | "italics" | "bolditalics";
const VARIANTS: FontVariant[] = ["normal", "bold", "italics", "bolditalics"];

/** Where a caller's own font files come from: paths or bytes, one per variant. */
export type FontFiles = Record<FontVariant, string | Uint8Array>;

/** The four faces of one family, as bytes for pdfmake and as parsed fonts for measuring. */
export interface FontSet {
  name: string;
  bytes: Record<FontVariant, Buffer>;
  faces: Record<FontVariant, fontkit.Font>;
}

const BUNDLED: Record<FontVariant, string> = {
  normal: "LiberationSerif-Regular.ttf",
  bold: "LiberationSerif-Bold.ttf",
  italics: "LiberationSerif-Italic.ttf",
  bolditalics: "LiberationSerif-BoldItalic.ttf",
};

let bundled: FontSet | undefined;

/** Liberation Serif (Times New Roman metrics, full Vietnamese), shipped in fonts/. */
export function bundledFonts(): FontSet {
  if (!bundled) {
    const dir = join(packageRoot(), "fonts");
    bundled = fontSetFromFiles(
      Object.fromEntries(VARIANTS.map((v) => [v, join(dir, BUNDLED[v])])) as FontFiles,
      "Times",
    );
  }
  return bundled;
}

/** A font family from the caller's files, e.g. a licensed Times New Roman. */
export function fontSetFromFiles(files: FontFiles, name = "Times"): FontSet {
  const bytes = {} as Record<FontVariant, Buffer>;
  const faces = {} as Record<FontVariant, fontkit.Font>;
  for (const v of VARIANTS) {
    const src = files[v];
    if (src === undefined) throw new Error(`Thiếu tệp phông "${v}" / font file for "${v}" is missing`);
    bytes[v] = typeof src === "string" ? readFileSync(src) : Buffer.from(src);
    faces[v] = fontkit.create(bytes[v]);
  }
  return { name, bytes, faces };
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
