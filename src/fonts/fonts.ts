import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../util/package-root.js";
import { FONT_VARIANTS, fontSetFromBytes, type FontSet, type FontVariant } from "./font-set.js";

// The family itself is pure (font-set.ts, also used in the browser); this module reads files (Node).
export { fontSetFromBytes, variantOf, missingGlyphs, type FontSet, type FontVariant } from "./font-set.js";

/** Where a caller's own font files come from: paths or bytes, one per variant. */
export type FontFiles = Record<FontVariant, string | Uint8Array>;

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
      Object.fromEntries(FONT_VARIANTS.map((v) => [v, join(dir, BUNDLED[v])])) as FontFiles,
      "Times",
    );
  }
  return bundled;
}

/** A font family from the caller's files, e.g. a licensed Times New Roman (bytes are copied). */
export function fontSetFromFiles(files: FontFiles, name = "Times"): FontSet {
  const bytes: Partial<Record<FontVariant, Uint8Array>> = {};
  for (const v of FONT_VARIANTS) {
    const src: string | Uint8Array | undefined = files[v];
    if (src !== undefined) bytes[v] = typeof src === "string" ? readFileSync(src) : Uint8Array.from(src);
  }
  return fontSetFromBytes(bytes as Record<FontVariant, Uint8Array>, name); // a missing face is refused there
}
