/// <reference path="../../../types/fontkit.d.ts" preserve="true" />
import type * as fontkit from "fontkit";
import { DocumentError } from "../../../model/errors.js";
import type { Face } from "../../../layout/pages.js";
import { faceInfo, type FaceInfo } from "./face-info.js";
import { TrueTypeSubset, trueTypeFile } from "../../../fonts/subset.js";
import type { PdfCodec } from "./codec.js";

/**
 * One face as one document uses it: the glyphs drawn so far, numbered in a subset (src/fonts/subset.ts) in the
 * order they first appear (so the same pages give the same subset), with the code point each
 * stands for (ToUnicode) and its advance (the /W array). Belongs to one document only.
 */
export class FontUse {
  readonly info: FaceInfo;
  private readonly subset: TrueTypeSubset;
  /** Code point → subset glyph id (written as 4 hex digits, the bytes of Identity-H). */
  private readonly ids = new Map<number, number>();
  /** Per subset glyph id: the code point it was first drawn for, and its advance in font units. */
  readonly unicode: number[] = [];
  readonly advances: number[] = [];
  private readonly originals: number[] = [];

  constructor(
    readonly face: fontkit.Font,
    /** The face's file, whose glyphs the subset copies. */
    file: Uint8Array,
    readonly variant: Face,
    /** Resource name in the page's /Font dictionary ("F1"). */
    readonly resource: string,
  ) {
    this.info = faceInfo(face);
    this.subset = new TrueTypeSubset(trueTypeOf(file, face.postscriptName));
    this.unicode[0] = 0;
    this.advances[0] = this.info.metrics.glyph(0).advance;
  }

  /** The subset glyph id for `codePoint`; an error naming the character and `source` if the face has none. */
  glyphId(codePoint: number, source: string): number {
    const known = this.ids.get(codePoint);
    if (known !== undefined) return known;
    const glyph = this.info.metrics.glyph(codePoint);
    if (glyph.id === 0) throw missingGlyph(codePoint, this.variant, source);
    const id = this.subset.includeGlyph(glyph.id);
    if (this.unicode[id] === undefined) {
      // Two code points on one glyph (rare): the first one is what copy/paste gives.
      this.unicode[id] = codePoint;
      this.advances[id] = glyph.advance;
      this.originals.push(glyph.id);
    }
    this.ids.set(codePoint, id);
    return id;
  }

  /** Six capital letters from the set of glyphs used (§9.6.4), the same for the same set. */
  tag(codec: PdfCodec): string {
    const ids = Uint32Array.from(this.originals).sort();
    const hash = codec.md5();
    hash.update(new Uint8Array(ids.buffer, ids.byteOffset, ids.byteLength));
    const digest = hash.digest();
    let tag = "";
    for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + (digest[i]! % 26));
    return tag;
  }

  /** The subset font file (TrueType, for /FontFile2). */
  encode(): Uint8Array {
    return this.subset.encode();
  }
}

function missingGlyph(codePoint: number, variant: Face, source: string): DocumentError {
  const ch = String.fromCodePoint(codePoint);
  const u = `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
  return new DocumentError(
    [
      {
        path: source,
        vi: `phông chữ (kiểu "${variant}") không có ký tự "${ch}" (${u}); hãy dùng phông có đủ chữ tiếng Việt`,
        en: `the font (face "${variant}") has no glyph for "${ch}" (${u}); use a font that covers it`,
      },
    ],
    "page model",
  );
}

/** The face's TrueType tables; a font with CFF outlines (.otf) cannot be a FontFile2. */
function trueTypeOf(file: Uint8Array, font: string) {
  try {
    return trueTypeFile(file);
  } catch (e) {
    throw new DocumentError(
      [
        {
          path: "fonts",
          vi: `phông "${font}" không phải phông TrueType (.ttf) dùng được: ${(e as Error).message}`,
          en: `font "${font}" is not a usable TrueType (.ttf) font: ${(e as Error).message}`,
        },
      ],
      "fonts",
    );
  }
}
