import type { Document } from "../../model/document.js";
import { parseDocument } from "../../model/parse.js";
import { loadProfile, withPreset } from "../../layout/load.js";
import type { Profile } from "../../layout/schema.js";
import { createContext } from "./context.js";
import { documentDefinition } from "./definition.js";
import { bundledFonts, fontSetFromFiles, type FontFiles, type FontSet } from "../../fonts/fonts.js";
import { printPdf } from "./engine/print.js";

export interface RenderOptions {
  /** Profile data to use instead of the bundled layouts/<doc.profile>.json. */
  profile?: Profile;
  /** A named preset of the profile ("decree-example"); "common" by default. */
  preset?: string;
  /** Your own font files (e.g. a licensed Times New Roman); Liberation Serif otherwise. */
  fonts?: FontFiles | FontSet;
}

/** A rendered document: the PDF bytes and its number of pages. */
export interface RenderedPdf {
  bytes: Uint8Array;
  pages: number;
}

function resolveFonts(fonts: RenderOptions["fonts"]): FontSet {
  if (!fonts) return bundledFonts();
  return "faces" in fonts ? fonts : fontSetFromFiles(fonts);
}

/**
 * Renders a document synchronously and says how many pages it has. The bytes depend on the
 * document and options alone: the creation date is the document's own date and the file ID is
 * derived from the content, so a re-render can be compared byte for byte.
 */
export function renderPdfDetailed(input: Document, options: RenderOptions = {}): RenderedPdf {
  const doc = parseDocument(input);
  const profile = withPreset(options.profile ?? loadProfile(doc.profile), options.preset);
  const fonts = resolveFonts(options.fonts);
  const ctx = createContext(doc, profile, fonts);
  return printPdf(documentDefinition(ctx), fonts);
}

/** Renders a document to PDF bytes in its profile's standard layout. */
export async function renderPdf(input: Document, options: RenderOptions = {}): Promise<Uint8Array> {
  return renderPdfDetailed(input, options).bytes;
}

export type { FontFiles, FontSet } from "../../fonts/fonts.js";
export { bundledFonts, fontSetFromFiles } from "../../fonts/fonts.js";
