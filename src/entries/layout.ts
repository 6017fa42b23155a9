// vanban/layout: a document laid out to Pages and written to PDF with no Node built-in, for a web
// page (or any JavaScript runtime). The caller gives the font bytes (fontSetFromBytes) and the
// profile data: layouts/*.json, exported as "vanban/layouts/<id>.json", the document's profile and
// every profile it extends. The Node entry ("vanban") reads both from the package instead.
import type { Document } from "../model/document.js";
import { DocumentError } from "../model/errors.js";
import type { FontSet } from "../fonts/font-set.js";
import { layoutWith, type LayoutOptions } from "../layout/layout-core.js";
import type { ProfileData } from "../layout/merge.js";
import type { Pages } from "../layout/pages.js";
import { profileFromData } from "../layout/profile-data.js";
import type { Profile } from "../layout/schema.js";
import { PORTABLE_CODEC } from "../writers/pdf/emit/codec-portable.js";
import { emitPdf, joinChunks } from "../writers/pdf/emit/emit-pdf.js";

export { fontSetFromBytes, FONT_VARIANTS, type FontSet, type FontVariant } from "../fonts/font-set.js";
export { profileFromData, withPreset } from "../layout/profile-data.js";
export type { ProfileData } from "../layout/merge.js";
export { ProfileSchema, type Profile, type Style, type Family } from "../layout/schema.js";
export { DEFAULT_MAX_PAGES, layoutPrinted } from "../layout/layout-core.js";
export * from "../layout/pages.js"; // the page model: schemas and types
export { pdfmakeDefinition, pdfmakeFontContainer } from "../writers/pdfmake/definition.js";
export { DocumentError, type DocumentIssue } from "../model/errors.js";

export interface PortableLayoutOptions extends Omit<LayoutOptions, "fonts" | "profile"> {
  /** The four faces (fontSetFromBytes), e.g. vanban's fonts/LiberationSerif-*.ttf fetched by the page. */
  fonts: FontSet;
  /** Profile data (layouts/*.json): the document's profile and every profile it extends. */
  profiles?: readonly ProfileData[];
  /** Or one merged profile (profileFromData) for every document, whatever its `profile` says. */
  profile?: Profile;
}

/** What the PDF carries besides the pages. */
export interface PortablePdfOptions {
  /** Empty signature fields over ô 7c (signer) and ô 8 (organisation); on by default. */
  signatureFields?: boolean;
}

/**
 * Validates a document and lays it out (the page model), as `layoutDocument` of "vanban" does,
 * with the fonts and profiles given. Synchronous: run it in a Web Worker for long documents.
 */
export function layoutDocument(input: Document, options: PortableLayoutOptions): Pages {
  const profileOf = (doc: Document): Profile => {
    if (options.profile) return options.profile;
    if (!options.profiles?.length) {
      throw new DocumentError([{ path: "profiles", vi: "cần dữ liệu hồ sơ (layouts/*.json) hoặc một hồ sơ", en: "profile data (layouts/*.json) or a profile is needed" }], "layout options");
    }
    return profileFromData(doc.profile, options.profiles);
  };
  return layoutWith(input, profileOf, options.fonts, options);
}

/**
 * Pages → PDF bytes with vanban's own writer (the same objects as in Node; compression in pure
 * JavaScript, so the compressed bytes and the file ID differ from Node's). No PDF/A, no embedded
 * source, no signing here: those are Node's ("vanban").
 */
export function writePdf(pages: Pages, fonts: FontSet, options: PortablePdfOptions = {}): Uint8Array {
  return joinChunks(emitPdf(pages, fonts, { codec: PORTABLE_CODEC, ...(options.signatureFields === false ? { signatureFields: false } : {}) }));
}

/** A document to PDF bytes: layoutDocument then writePdf. Synchronous (see layoutDocument). */
export function renderPdf(input: Document, options: PortableLayoutOptions & PortablePdfOptions): Uint8Array {
  return writePdf(layoutDocument(input, options), options.fonts, options);
}
