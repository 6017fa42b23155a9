/// <reference path="../types/fontkit.d.ts" preserve="true" />
import type * as fontkit from "fontkit";
import { TwoGenerationCache } from "../util/two-generation-cache.js";
import type { FontSet, FontVariant } from "./fonts.js";

/**
 * Glyph metrics through fontkit's public API: one glyph per code point from the font's cmap,
 * its advance from hmtx. No shaping (no kerning, no ligatures): the layout measures exactly what
 * the PDF writer draws, glyph for glyph, so a line never comes out wider than it was measured,
 * and text extracted from the PDF is the text that was set. Vietnamese in NFC needs no shaping.
 */
export interface GlyphInfo {
  id: number;
  /** Advance in font units. */
  advance: number;
}

export class FaceMetrics {
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  private readonly glyphs = new Map<number, GlyphInfo>();
  /** Widths in font units per string; bounded, since a document may hold any number of words. */
  private readonly widths = new TwoGenerationCache<string, number>(8192);

  constructor(readonly face: fontkit.Font) {
    this.unitsPerEm = face.unitsPerEm;
    this.ascent = face.ascent;
    this.descent = face.descent;
  }

  glyph(codePoint: number): GlyphInfo {
    let info = this.glyphs.get(codePoint);
    if (!info) {
      const g = this.face.glyphForCodePoint(codePoint);
      info = { id: g.id, advance: g.advanceWidth };
      this.glyphs.set(codePoint, info);
    }
    return info;
  }

  /** Width of `text` in font units (sum of advances). Linear in the text's length. */
  units(text: string): number {
    if (text.length > 64) return this.sum(text); // long strings would only churn the cache
    return this.widths.getOrCreate(text, this.sumOf);
  }

  /** Width of `text` in pt at `size`. */
  width(text: string, size: number): number {
    return (this.units(text) * size) / this.unitsPerEm;
  }

  /** sum, bound once: a closure per lookup was a third of the layout's allocations. */
  private readonly sumOf = (text: string): number => this.sum(text);

  private sum(text: string): number {
    let total = 0;
    for (let i = 0; i < text.length; i++) {
      let cp = text.charCodeAt(i);
      if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < text.length) {
        cp = text.codePointAt(i)!;
        i++;
      }
      total += this.glyph(cp).advance;
    }
    return total;
  }
}

const cache = new WeakMap<fontkit.Font, FaceMetrics>();

export function metricsOf(face: fontkit.Font): FaceMetrics {
  let m = cache.get(face);
  if (!m) cache.set(face, (m = new FaceMetrics(face)));
  return m;
}

/** Metrics of one face of a family. */
export function faceMetrics(fonts: FontSet, variant: FontVariant): FaceMetrics {
  return metricsOf(fonts.faces[variant]);
}
