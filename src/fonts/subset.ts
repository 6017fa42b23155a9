/**
 * A TrueType subsetter that copies glyph outlines as bytes (no decoding of the outlines): the
 * tables a PDF's FontFile2 needs for a CIDFontType2 (ISO 32000 §9.9: glyf, head, hhea, hmtx, loca,
 * maxp, and cvt, fpgm, prep when the font is hinted), with the glyphs renumbered in the order they
 * were included and composite glyphs' component ids rewritten. fontkit's own subsetter decodes and
 * re-encodes every glyph through its structure library, which cost a third of a page's rendering.
 */

interface Table {
  offset: number;
  length: number;
}

/** What one font file's subsets share: its table directory and the metrics tables read once. */
export class TrueTypeFile {
  readonly tables = new Map<string, Table>();
  readonly numGlyphs: number;
  readonly numberOfHMetrics: number;
  readonly longLoca: boolean;
  private readonly view: DataView;
  /** A plain Uint8Array view: a Node Buffer's slice() would share memory, and the copies below must not. */
  readonly bytes: Uint8Array;

  constructor(file: Uint8Array) {
    const bytes = (this.bytes = new Uint8Array(file.buffer, file.byteOffset, file.byteLength));
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const version = this.view.getUint32(0);
    if (version !== 0x00010000 && version !== 0x74727565) throw new RangeError("not a TrueType font (glyf outlines)");
    const count = this.view.getUint16(4);
    for (let i = 0; i < count; i++) {
      const at = 12 + 16 * i;
      const tag = String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
      this.tables.set(tag, { offset: this.view.getUint32(at + 8), length: this.view.getUint32(at + 12) });
    }
    for (const t of ["head", "hhea", "hmtx", "loca", "maxp", "glyf"]) {
      if (!this.tables.has(t)) throw new RangeError(`TrueType font without a ${t} table`);
    }
    this.numGlyphs = this.view.getUint16(this.table("maxp").offset + 4);
    this.numberOfHMetrics = this.view.getUint16(this.table("hhea").offset + 34);
    this.longLoca = this.view.getInt16(this.table("head").offset + 50) === 1;
  }

  table(tag: string): Table {
    return this.tables.get(tag)!;
  }

  raw(tag: string): Uint8Array | undefined {
    const t = this.tables.get(tag);
    return t && this.bytes.subarray(t.offset, t.offset + t.length);
  }

  /** The bytes of glyph `id` in the glyf table (empty for a glyph without outline). */
  glyph(id: number): Uint8Array {
    const loca = this.table("loca").offset;
    const [from, to] = this.longLoca
      ? [this.view.getUint32(loca + 4 * id), this.view.getUint32(loca + 4 * id + 4)]
      : [this.view.getUint16(loca + 2 * id) * 2, this.view.getUint16(loca + 2 * id + 2) * 2];
    const glyf = this.table("glyf").offset;
    return this.bytes.subarray(glyf + from, glyf + to);
  }

  /** Advance width and left side bearing of glyph `id` (hmtx, §5 of the TrueType spec). */
  metrics(id: number): [number, number] {
    const hmtx = this.table("hmtx").offset;
    const n = this.numberOfHMetrics;
    if (id < n) return [this.view.getUint16(hmtx + 4 * id), this.view.getInt16(hmtx + 4 * id + 2)];
    return [this.view.getUint16(hmtx + 4 * (n - 1)), this.view.getInt16(hmtx + 4 * n + 2 * (id - n))];
  }
}

// Composite glyph flags (TrueType 'glyf').
const ARGS_ARE_WORDS = 0x0001;
const HAVE_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const HAVE_XY_SCALE = 0x0040;
const HAVE_2X2 = 0x0080;

/** Component glyph ids of a composite glyph, with the byte offset of each id inside the glyph. */
function components(glyph: Uint8Array): { id: number; at: number }[] {
  if (glyph.length < 10) return [];
  const view = new DataView(glyph.buffer, glyph.byteOffset, glyph.byteLength);
  if (view.getInt16(0) >= 0) return []; // a simple glyph: numberOfContours ≥ 0
  const out: { id: number; at: number }[] = [];
  let at = 10;
  for (;;) {
    const flags = view.getUint16(at);
    out.push({ id: view.getUint16(at + 2), at: at + 2 });
    at += 4 + (flags & ARGS_ARE_WORDS ? 4 : 2);
    if (flags & HAVE_SCALE) at += 2;
    else if (flags & HAVE_XY_SCALE) at += 4;
    else if (flags & HAVE_2X2) at += 8;
    if (!(flags & MORE_COMPONENTS)) return out;
  }
}

/** The glyphs of one document in one face; new ids in the order of inclusion (0 is .notdef). */
export class TrueTypeSubset {
  private readonly ids = new Map<number, number>([[0, 0]]);
  private readonly order: number[] = [0];

  constructor(private readonly font: TrueTypeFile) {}

  /**
   * Adds a glyph; returns its id in the subset. Ids follow the order of inclusion, so the glyphs a
   * document draws are numbered 1…n without gaps; the components of composite glyphs are added
   * after them when the subset is encoded (as fontkit numbers them).
   */
  includeGlyph(id: number): number {
    const known = this.ids.get(id);
    if (known !== undefined) return known;
    const mine = this.order.length;
    this.ids.set(id, mine);
    this.order.push(id);
    return mine;
  }

  /** The subset as a TrueType file. */
  encode(): Uint8Array {
    const f = this.font;
    for (let i = 0; i < this.order.length; i++) {
      for (const c of components(f.glyph(this.order[i]!))) this.includeGlyph(c.id);
    }
    const n = this.order.length;
    // glyf and loca (long offsets), each glyph padded to 4 bytes; composites point at new ids.
    const glyphs = this.order.map((old) => {
      const bytes = f.glyph(old);
      const parts = components(bytes);
      if (!parts.length) return bytes;
      const copy = bytes.slice();
      const view = new DataView(copy.buffer);
      for (const c of parts) view.setUint16(c.at, this.ids.get(c.id)!);
      return copy;
    });
    const glyfLength = glyphs.reduce((s, g) => s + ((g.length + 3) & ~3), 0);
    const glyf = new Uint8Array(glyfLength);
    const loca = new DataView(new ArrayBuffer(4 * (n + 1)));
    let offset = 0;
    glyphs.forEach((g, i) => {
      loca.setUint32(4 * i, offset);
      glyf.set(g, offset);
      offset += (g.length + 3) & ~3;
    });
    loca.setUint32(4 * n, offset);

    const hmtx = new DataView(new ArrayBuffer(4 * n));
    this.order.forEach((old, i) => {
      const [advance, lsb] = f.metrics(old);
      hmtx.setUint16(4 * i, advance);
      hmtx.setInt16(4 * i + 2, lsb);
    });
    const head = f.raw("head")!.slice();
    const headView = new DataView(head.buffer);
    headView.setUint32(8, 0); // checkSumAdjustment, set below
    headView.setInt16(50, 1); // indexToLocFormat: long
    const hhea = f.raw("hhea")!.slice();
    new DataView(hhea.buffer).setUint16(34, n);
    const maxp = f.raw("maxp")!.slice();
    new DataView(maxp.buffer).setUint16(4, n);

    const tables: [string, Uint8Array][] = [
      ["glyf", glyf],
      ["head", head],
      ["hhea", hhea],
      ["hmtx", new Uint8Array(hmtx.buffer)],
      ["loca", new Uint8Array(loca.buffer)],
      ["maxp", maxp],
    ];
    for (const tag of ["cvt ", "fpgm", "prep"]) {
      const raw = f.raw(tag);
      if (raw) tables.push([tag, raw]);
    }
    tables.sort(([a], [b]) => (a < b ? -1 : 1));
    return assemble(tables);
  }
}

function checksum(bytes: Uint8Array): number {
  let sum = 0;
  const padded = bytes.length & 3 ? new Uint8Array((bytes.length + 3) & ~3) : bytes;
  if (padded !== bytes) padded.set(bytes);
  const view = new DataView(padded.buffer, padded.byteOffset, padded.byteLength);
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/** The file: offset table, table directory (sorted by tag), tables padded to 4 bytes, head's checksum adjustment. */
function assemble(tables: [string, Uint8Array][]): Uint8Array {
  const count = tables.length;
  const headerLength = 12 + 16 * count;
  const total = tables.reduce((s, [, t]) => s + ((t.length + 3) & ~3), headerLength);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let pow = 1;
  let log = 0;
  while (pow * 2 <= count) [pow, log] = [pow * 2, log + 1];
  view.setUint32(0, 0x00010000);
  view.setUint16(4, count);
  view.setUint16(6, pow * 16);
  view.setUint16(8, log);
  view.setUint16(10, count * 16 - pow * 16);
  let offset = headerLength;
  let headAt = -1;
  tables.forEach(([tag, data], i) => {
    const at = 12 + 16 * i;
    for (let k = 0; k < 4; k++) out[at + k] = tag.charCodeAt(k);
    view.setUint32(at + 4, checksum(data));
    view.setUint32(at + 8, offset);
    view.setUint32(at + 12, data.length);
    out.set(data, offset);
    if (tag === "head") headAt = offset;
    offset += (data.length + 3) & ~3;
  });
  if (headAt >= 0) view.setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

const files = new WeakMap<Uint8Array, TrueTypeFile>();

/** The parsed table directory of a font file, once per file's bytes. */
export function trueTypeFile(bytes: Uint8Array): TrueTypeFile {
  let f = files.get(bytes);
  if (!f) files.set(bytes, (f = new TrueTypeFile(bytes)));
  return f;
}
