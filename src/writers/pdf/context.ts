import type { Content } from "pdfmake/interfaces.js";
import type { Document } from "../../model/document.js";
import type { ElementName, Profile, Style } from "../../layout/schema.js";
import type { FontSet } from "../../fonts/fonts.js";
import { Measurer } from "./measure.js";
import { toNfc } from "../../text/nfc.js";

export const PT_PER_MM = 72 / 25.4;
export const mm = (value: number): number => value * PT_PER_MM;

/** Everything a region of the page needs to lay itself out. */
export interface RenderContext {
  doc: Document;
  profile: Profile;
  fonts: FontSet;
  measure: Measurer;
  /** Width of the text block between the margins, in pt. */
  textWidth: number;
  headerLeft: number;
  /** The left header column less the gutter: what its content is centred in. */
  headerLeftInner: number;
  headerRight: number;
  closingLeft: number;
  closingRight: number;
}

export function createContext(doc: Document, profile: Profile, fonts: FontSet): RenderContext {
  const { page, columns } = profile;
  const textWidth = mm(page.widthMm - page.margins.left - page.margins.right);
  const headerLeft = (textWidth * columns.headerLeftPercent) / 100;
  const closingLeft = (textWidth * columns.closingLeftPercent) / 100;
  return {
    doc: toNfc(doc),
    profile,
    fonts,
    measure: new Measurer(fonts),
    textWidth,
    headerLeft,
    headerLeftInner: headerLeft - mm(columns.headerGutterMm),
    headerRight: textWidth - headerLeft,
    closingLeft,
    closingRight: textWidth - closingLeft,
  };
}

export function style(ctx: RenderContext, element: ElementName): Style {
  return ctx.profile.elements[element];
}

/** pdfmake text properties for a profile element. */
export function textProps(s: Style): { fontSize: number; bold: boolean; italics: boolean; decoration?: "underline" } {
  return {
    fontSize: s.size,
    bold: !!s.bold,
    italics: !!s.italic,
    ...(s.underline ? { decoration: "underline" as const } : {}),
  };
}

/** A borderless table layout with no cell padding, so columns measure exactly what they say. */
export const TIGHT_LAYOUT = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 0,
  paddingBottom: () => 0,
};

/** A centred horizontal rule of `length` pt inside a box `boxWidth` pt wide. */
export function centredRule(ctx: RenderContext, boxWidth: number, length: number, marginTop = 1): Content {
  const x1 = Math.max(0, (boxWidth - length) / 2);
  return {
    canvas: [{ type: "line", x1, y1: 0, x2: x1 + length, y2: 0, lineWidth: ctx.profile.header.ruleWidthPt }],
    margin: [0, marginTop, 0, 0],
  };
}
