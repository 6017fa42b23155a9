import type { Profile, Style } from "./schema.js";
import type { FontSet } from "../fonts/font-set.js";
import { variantOf } from "../fonts/font-set.js";
import { faceMetrics, type FaceMetrics } from "../fonts/metrics.js";
import type { Face } from "./pages.js";

export const PT_PER_MM = 72 / 25.4;
export const mm = (value: number): number => value * PT_PER_MM;

/** The paper and the text block of one page orientation, in pt. */
export interface PageBox {
  width: number;
  height: number;
  left: number;
  top: number;
  /** The text block's width and its bottom edge. */
  textWidth: number;
  bottom: number;
  orientation: "portrait" | "landscape";
}

export function pageBox(profile: Profile, orientation: "portrait" | "landscape" = "portrait"): PageBox {
  const { page } = profile;
  const portrait = orientation === "portrait";
  // Landscape keeps the binding margin on the left and the top/bottom margins as they are.
  const width = mm(portrait ? page.widthMm : page.heightMm);
  const height = mm(portrait ? page.heightMm : page.widthMm);
  const left = mm(page.margins.left);
  return {
    width,
    height,
    left,
    top: mm(page.margins.top),
    textWidth: width - left - mm(page.margins.right),
    bottom: height - mm(page.margins.bottom),
    orientation,
  };
}

/** Font metrics of the family at hand: faces by emphasis, line heights as a word processor sets them. */
export class Fonts {
  constructor(readonly set: FontSet) {}

  face(bold?: boolean, italic?: boolean): Face {
    return variantOf(bold, italic);
  }

  metrics(face: Face): FaceMetrics {
    return faceMetrics(this.set, face);
  }

  width(text: string, face: Face, size: number): number {
    return this.metrics(face).width(text, size);
  }

  /** Distance from the top of a single-spaced line box to its baseline. */
  ascent(face: Face, size: number): number {
    const m = this.metrics(face);
    return (m.ascent / m.unitsPerEm) * size;
  }

  /** Height of a single-spaced line (ascent − descent), as pdfmake and Word's "single" set it. */
  lineHeight(face: Face, size: number): number {
    const m = this.metrics(face);
    return ((m.ascent - m.descent) / m.unitsPerEm) * size;
  }

  styleFace(style: Pick<Style, "bold" | "italic">): Face {
    return variantOf(style.bold, style.italic);
  }
}
