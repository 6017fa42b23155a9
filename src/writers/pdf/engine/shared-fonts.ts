import type { Font } from "fontkit";
import type { EmbeddedFont, EmbeddedFontClass, LayoutRun, PdfKitDocument } from "./pdfmake-internals.js";
import { useSubsetCache } from "./subset-cache.js";
import { TwoGenerationCache } from "../../../util/two-generation-cache.js";

/**
 * Words laid out per face, shared by every document this thread renders. pdfkit splits text at
 * spaces and lays out each piece; Vietnamese is written in syllables from a small set, so after a
 * few documents nearly every piece is found here instead of being shaped again by fontkit.
 */
const DEFAULT_WORD_LIMIT = 8192;
let wordLimit = DEFAULT_WORD_LIMIT;
let wordCaches = new WeakMap<Font, TwoGenerationCache<string, LayoutRun>>();
const knownCaches = new Set<TwoGenerationCache<string, LayoutRun>>();

function wordCacheOf(face: Font): TwoGenerationCache<string, LayoutRun> {
  let cache = wordCaches.get(face);
  if (!cache) {
    cache = new TwoGenerationCache(wordLimit);
    wordCaches.set(face, cache);
    knownCaches.add(cache);
  }
  return cache;
}

/** fontkit's glyph objects, cached on the font by glyph id. */
interface GlyphTable {
  _glyphs: Record<number, unknown>;
}

/**
 * A fontkit Glyph keeps the code points it was first created for, and fontkit hands out the same
 * object for that glyph id from then on. pdfkit writes the ToUnicode map (what copy-and-paste and
 * search read) from those code points. When one parsed font serves many documents, a glyph
 * first created by an earlier document's subsetter (as a component of "ệ", with no code points)
 * or for another character (U+00A0 and U+0020 share a glyph) would then name the wrong text in
 * the next document. So fontkit's glyph table is emptied before every fresh layout: each word's
 * glyphs carry exactly that word's code points, whatever was rendered before, and the output
 * depends on the document alone.
 */
function forgetGlyphs(face: Font): void {
  (face as unknown as GlyphTable)._glyphs = {};
}

/**
 * An EmbeddedFont for one document that uses the thread's already parsed face (its decoded
 * tables and shaping engine) and the shared word cache, instead of parsing the font file again.
 * The subset, widths and ToUnicode entries stay per document, in the EmbeddedFont itself.
 */
export function sharedEmbeddedFont(EmbeddedFont: EmbeddedFontClass, doc: PdfKitDocument, face: Font, id: string): EmbeddedFont {
  const font = new EmbeddedFont(doc, face, id);
  const cache = wordCacheOf(face);
  const layoutRun = font.layoutRun.bind(font);
  font.layoutRun = (text, features) => {
    forgetGlyphs(face);
    return layoutRun(text, features);
  };
  font.layoutCache = undefined;
  font.layoutCached = (text) => cache.getOrCreate(text, (t) => font.layoutRun(t));
  useSubsetCache(face, font.subset);
  return font;
}

export interface WordCacheStats {
  faces: number;
  entries: number;
  hits: number;
  misses: number;
}

export function wordCacheStats(): WordCacheStats {
  const stats = { faces: 0, entries: 0, hits: 0, misses: 0 };
  for (const c of knownCaches) {
    stats.faces++;
    stats.entries += c.size;
    stats.hits += c.hits;
    stats.misses += c.misses;
  }
  return stats;
}

/** Sets the number of words kept per face and generation (at most twice as many are held). */
export function setWordCacheLimit(limit: number): void {
  wordLimit = limit;
  clearWordCaches();
}

export function clearWordCaches(): void {
  for (const c of knownCaches) c.clear();
  knownCaches.clear();
  wordCaches = new WeakMap();
}
