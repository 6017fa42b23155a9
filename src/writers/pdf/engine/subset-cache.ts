import type { Font } from "fontkit";

/** What fontkit's TrueType subsetter needs of one glyph, kept per face across documents. */
interface GlyphRecord {
  bytes: Uint8Array;
  /** Components of a composite glyph, with where their glyph ids sit in `bytes`. */
  components: { glyphID: number; pos: number }[] | null;
  advance: number;
  bearing: number;
}

/** fontkit internals the subsetter reads (TTFSubset._addGlyph in fontkit 2). */
interface TrueTypeFace {
  loca: { offsets: number[] } | undefined;
  _variationProcessor: unknown;
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
  getGlyph(gid: number): {
    advanceWidth: number;
    _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null;
    _getMetrics(): { leftBearing: number };
  };
}

interface TrueTypeSubset {
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
  includeGlyph(gid: number): number;
  _addGlyph(gid: number): number;
}

const records = new WeakMap<Font, Map<number, GlyphRecord>>();

function recordOf(face: TrueTypeFace, gid: number): GlyphRecord {
  const glyph = face.getGlyph(gid);
  const glyf = glyph._decode();
  const offsets = face.loca!.offsets;
  const stream = face._getTableStream("glyf");
  stream.pos += offsets[gid]!;
  const bytes = stream.readBuffer(offsets[gid + 1]! - offsets[gid]!);
  const composite = glyf !== null && glyf.numberOfContours < 0;
  return {
    bytes,
    components: composite ? (glyf.components ?? []).map((c) => ({ glyphID: c.glyphID, pos: c.pos })) : null,
    advance: glyph.advanceWidth,
    bearing: glyph._getMetrics().leftBearing,
  };
}

/**
 * Decoding a glyph's outline to subset it is a good part of embedding a font; the outline
 * bytes, components and metrics of a glyph never change, so they are kept per face and the
 * subsetter only copies them (the same bytes fontkit would write). Fonts that are not plain
 * TrueType (CFF, variable fonts) keep fontkit's own subsetter.
 */
export function useSubsetCache(face: Font, subset: unknown): void {
  const ttf = face as unknown as TrueTypeFace;
  if (!ttf.loca || ttf._variationProcessor) return;
  const target = subset as TrueTypeSubset;
  if (typeof target._addGlyph !== "function") return;
  let cache = records.get(face);
  if (!cache) records.set(face, (cache = new Map()));
  const known = cache;
  target._addGlyph = function (this: TrueTypeSubset, gid: number): number {
    let record = known.get(gid);
    if (!record) known.set(gid, (record = recordOf(ttf, gid)));
    let buffer = record.bytes;
    if (record.components) {
      buffer = new Uint8Array(record.bytes);
      const view = new DataView(buffer.buffer);
      for (const c of record.components) view.setUint16(c.pos, this.includeGlyph(c.glyphID));
    }
    this.glyf.push(buffer);
    this.loca.offsets.push(this.offset);
    this.hmtx.metrics.push({ advance: record.advance, bearing: record.bearing });
    this.offset += buffer.length;
    return this.glyf.length - 1;
  };
}
