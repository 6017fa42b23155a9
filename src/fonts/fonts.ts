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

/** Per face: whether it has a glyph for a code point (a cmap lookup each time otherwise). */
const coverage = new WeakMap<fontkit.Font, Map<number, boolean>>();

/** Code points of `text` that the family cannot draw (so a wrong font is caught, not rendered as boxes). */
export function missingGlyphs(fonts: FontSet, text: string): string[] {
  const face = fonts.faces.normal;
  let known = coverage.get(face);
  if (!known) coverage.set(face, (known = new Map()));
  const missing = new Set<string>();
  for (const ch of new Set(text)) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || ch === "\u00a0") continue;
    let has = known.get(cp);
    if (has === undefined) known.set(cp, (has = face.hasGlyphForCodePoint(cp)));
    if (!has) missing.add(ch);
  }
  return [...missing];
}
