import pdfmake from "pdfmake";
import type { Document } from "../../model/document.js";
import { parseDocument } from "../../model/parse.js";
import { loadProfile, withPreset } from "../../layout/load.js";
import type { Profile } from "../../layout/schema.js";
import { createContext } from "./context.js";
import { documentDefinition } from "./definition.js";
import { bundledFonts, fontSetFromFiles, type FontFiles, type FontSet } from "./fonts.js";

export interface RenderOptions {
  /** Profile data to use instead of the bundled layouts/<doc.profile>.json. */
  profile?: Profile;
  /** A named preset of the profile ("decree-example"); "common" by default. */
  preset?: string;
  /** Your own font files (e.g. a licensed Times New Roman); Liberation Serif otherwise. */
  fonts?: FontFiles | FontSet;
}

// vanban reads no URL and no local file through pdfmake: fonts are handed over as bytes.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy(() => false);

/** pdfmake's in-memory file system: fonts are stored there once, by name, and read from it. */
const virtualfs = (pdfmake as unknown as { virtualfs: { existsSync(n: string): boolean; writeFileSync(n: string, b: Buffer): void } })
  .virtualfs;
const registered = new WeakMap<FontSet, Record<string, string>>();
let fontSerial = 0;

function registerFonts(fonts: FontSet): Record<string, string> {
  let names = registered.get(fonts);
  if (!names) {
    const id = `vanban-font-${++fontSerial}`;
    names = {};
    for (const [variant, bytes] of Object.entries(fonts.bytes)) {
      names[variant] = `${id}-${variant}.ttf`;
      virtualfs.writeFileSync(names[variant], bytes);
    }
    registered.set(fonts, names);
  }
  return names;
}

function resolveFonts(fonts: RenderOptions["fonts"]): FontSet {
  if (!fonts) return bundledFonts();
  return "faces" in fonts ? fonts : fontSetFromFiles(fonts);
}

/** Renders a document to PDF bytes in its profile's standard layout. */
export async function renderPdf(input: Document, options: RenderOptions = {}): Promise<Uint8Array> {
  const doc = parseDocument(input);
  const profile = withPreset(options.profile ?? loadProfile(doc.profile), options.preset);
  const fonts = resolveFonts(options.fonts);
  const ctx = createContext(doc, profile, fonts);
  const definition = documentDefinition(ctx);
  // setFonts and createPdf run in the same tick: the printer captures the fonts synchronously.
  pdfmake.setFonts({ [fonts.name]: { ...registerFonts(fonts) } });
  const buffer = await pdfmake.createPdf(definition).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

export type { FontFiles, FontSet } from "./fonts.js";
export { bundledFonts, fontSetFromFiles } from "./fonts.js";
