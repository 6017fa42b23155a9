import { LineRuleType } from "docx";
import type { Fonts } from "../../layout/geometry.js";
import type { Style } from "../../layout/schema.js";

/** Word measures in twentieths of a point (twips), font sizes in half-points, borders in eighths. */
export const twip = (pt: number): number => Math.round(pt * 20);
export const halfPoints = (pt: number): number => Math.round(pt * 2);
export const eighths = (pt: number): number => Math.max(2, Math.round(pt * 8));

/** The font named in the file; the bundled metric twin is written as its alternate name (fontTable.xml). */
export const FONT = "Times New Roman";

/**
 * A single-spaced line as the PDF sets it: exactly the face's ascent − descent, so that the
 * baseline sits one ascent below the line's top in Word and LibreOffice alike (the header, the band).
 */
export function singleLine(fonts: Fonts, style: Pick<Style, "bold" | "italic">, size: number) {
  return { line: twip(fonts.lineHeight(fonts.styleFace(style), size)), lineRule: LineRuleType.EXACT };
}

/** Distance from a single-spaced line's top to its baseline, in pt. */
export function ascentOf(fonts: Fonts, style: Pick<Style, "bold" | "italic">, size: number): number {
  return fonts.ascent(fonts.styleFace(style), size);
}

/** "red" / "black" / "#rrggbb" → Word's RRGGBB. */
export function wordColor(color: string | undefined): string | undefined {
  if (!color) return undefined;
  const named: Record<string, string> = { red: "FF0000", black: "000000", blue: "0000FF" };
  if (named[color]) return named[color];
  return /^#[0-9a-f]{6}$/iu.test(color) ? color.slice(1).toUpperCase() : undefined;
}
