import type { Style } from "../../layout/schema.js";
import { variantOf, type FontSet } from "../../fonts/fonts.js";

/** Real glyph advances, so that rules are as long as the text they belong to. */
export class Measurer {
  constructor(private readonly fonts: FontSet) {}

  /** Width in pt of one line of text set in `style`. */
  width(text: string, style: Pick<Style, "size" | "bold" | "italic">): number {
    const face = this.fonts.faces[variantOf(style.bold, style.italic)];
    return (face.layout(text).advanceWidth / face.unitsPerEm) * style.size;
  }

  /** Distance in pt from the top of a line box to its baseline, as pdfmake places it. */
  ascent(style: Pick<Style, "size" | "bold" | "italic">): number {
    const face = this.fonts.faces[variantOf(style.bold, style.italic)];
    return (face.ascent / face.unitsPerEm) * style.size;
  }

  /** Height in pt of a single-spaced line, as pdfmake computes it (ascent − descent). */
  lineHeight(style: Pick<Style, "size" | "bold" | "italic">): number {
    const face = this.fonts.faces[variantOf(style.bold, style.italic)];
    return ((face.ascent - face.descent) / face.unitsPerEm) * style.size;
  }
}
