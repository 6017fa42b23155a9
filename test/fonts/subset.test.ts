import * as fontkit from "fontkit";
import { describe, expect, test } from "vitest";
import { bundledFonts, type FontVariant } from "../../src/fonts/fonts.js";
import { TrueTypeSubset, trueTypeFile } from "../../src/fonts/subset.js";

const TEXT = "Cộng hòa xã hội chủ nghĩa Việt Nam — Độc lập - Tự do - Hạnh phúc ỮỰỲỴỶỸữựỳỵỷỹĐđ ./. “Kính gửi” 0123456789";

describe("TrueType subset by byte copy", () => {
  test.each(["normal", "bold", "italics", "bolditalics"] as FontVariant[])("%s: every glyph drawn as in the original, composites with their components", (variant) => {
    const fonts = bundledFonts();
    const original = fonts.faces[variant];
    const subset = new TrueTypeSubset(trueTypeFile(fonts.bytes[variant]));
    const ids = new Map<number, number>();
    for (const ch of new Set(TEXT)) {
      const g = original.glyphForCodePoint(ch.codePointAt(0)!);
      ids.set(g.id, subset.includeGlyph(g.id));
    }
    const bytes = subset.encode();
    type Outlined = { getGlyph(id: number): fontkit.Glyph & { path: { toSVG(): string } }; numGlyphs: number };
    const parsed = fontkit.create(Buffer.from(bytes)) as unknown as Outlined;
    expect(parsed.numGlyphs).toBeLessThan(200);
    for (const [old, mine] of ids) {
      const a = (original as unknown as Outlined).getGlyph(old);
      const b = parsed.getGlyph(mine);
      expect(b.advanceWidth, `advance of glyph ${old}`).toBe(a.advanceWidth);
      expect(b.path.toSVG(), `outline of glyph ${old}`).toBe(a.path.toSVG());
    }
  });

  test("the same glyphs in the same order give the same bytes; .notdef is glyph 0", () => {
    const fonts = bundledFonts();
    const make = () => {
      const s = new TrueTypeSubset(trueTypeFile(fonts.bytes.normal));
      for (const cp of [65, 7919, 273]) s.includeGlyph(fonts.faces.normal.glyphForCodePoint(cp).id);
      return s.encode();
    };
    expect(Buffer.compare(Buffer.from(make()), Buffer.from(make()))).toBe(0);
    expect(new TrueTypeSubset(trueTypeFile(fonts.bytes.normal)).includeGlyph(0)).toBe(0);
  });

  test("a font that is not TrueType is refused", () => {
    expect(() => trueTypeFile(new Uint8Array([0x4f, 0x54, 0x54, 0x4f, 0, 0, 0, 0, 0, 0, 0, 0]))).toThrow(/not a TrueType/);
  });
});
