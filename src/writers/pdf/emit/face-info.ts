/// <reference path="../../../types/fontkit.d.ts" preserve="true" />
import type * as fontkit from "fontkit";
import { metricsOf, type FaceMetrics } from "../../../fonts/metrics.js";

/**
 * What the writer needs of a face that does not depend on the document: its metrics (the very
 * glyph ids and advances the layout measured with) and the numbers of its FontDescriptor.
 * Kept per parsed font in a WeakMap, so the cache lives exactly as long as the fonts do.
 */
export interface FaceInfo {
  metrics: FaceMetrics;
  /** PostScript name with only the characters a PDF name may carry unescaped. */
  baseName: string;
  /** Font units to PDF glyph space (1000 per em). */
  scale: number;
  /** The FontDescriptor entries other than /FontName and /FontFile2. */
  descriptor: string;
  /** Underline offset below the baseline and thickness, per pt of font size. */
  underlineOffset: number;
  underlineThickness: number;
}

const cache = new WeakMap<fontkit.Font, FaceInfo>();

export function faceInfo(face: fontkit.Font): FaceInfo {
  let info = cache.get(face);
  if (!info) cache.set(face, (info = describe(face)));
  return info;
}

function describe(face: fontkit.Font): FaceInfo {
  const upm = face.unitsPerEm;
  const scale = 1000 / upm;
  const r = (n: number): number => Math.round(n * scale);
  const italic = face.italicAngle !== 0;
  // Flags (§9.8.2): 4 = symbolic (glyphs outside the standard Latin set: Vietnamese), 64 = italic.
  const flags = 4 | (italic ? 64 : 0);
  // StemV is required but not in a TrueType font; the usual estimate from the weight class is
  // not public in fontkit, so a conventional value for regular/bold text faces is given.
  const bold = /bold/i.test(face.postscriptName ?? "");
  const { minX, minY, maxX, maxY } = face.bbox;
  const descriptor =
    `/Flags ${flags} /FontBBox [${r(minX)} ${r(minY)} ${r(maxX)} ${r(maxY)}]` +
    ` /ItalicAngle ${Math.round(face.italicAngle * 100) / 100} /Ascent ${r(face.ascent)} /Descent ${r(face.descent)}` +
    ` /CapHeight ${r(face.capHeight || face.ascent)} /StemV ${bold ? 140 : 80}`;
  const thickness = face.underlineThickness || upm / 20;
  return {
    metrics: metricsOf(face),
    baseName: (face.postscriptName || "Font").replace(/[^A-Za-z0-9_.-]/g, ""),
    scale,
    descriptor,
    // The post table gives the top of the underline; a stroked line is centred on its path.
    underlineOffset: (-(face.underlinePosition || -upm / 10) + thickness / 2) / upm,
    underlineThickness: thickness / upm,
  };
}
