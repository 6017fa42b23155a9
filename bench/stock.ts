// "Stock pdfmake": the same document definitions through plain pdfmake createPdf(), fonts given
// as files, none of vanban's engine (no shared fonts, no word cache, pdfmake's own output path).
import pdfmake from "pdfmake";
import { join } from "node:path";
import type { Document } from "../src/model/document.js";
import { loadProfile } from "../src/layout/load.js";
import { createContext } from "../src/writers/pdf/context.js";
import { documentDefinition } from "../src/writers/pdf/definition.js";
import { bundledFonts } from "../src/fonts/fonts.js";
import { packageRoot } from "../src/util/package-root.js";

let ready = false;

function setUp(): void {
  if (ready) return;
  const dir = join(packageRoot(), "fonts");
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path: string) => path.startsWith(dir));
  const files = {
    normal: join(dir, "LiberationSerif-Regular.ttf"),
    bold: join(dir, "LiberationSerif-Bold.ttf"),
    italics: join(dir, "LiberationSerif-Italic.ttf"),
    bolditalics: join(dir, "LiberationSerif-BoldItalic.ttf"),
  };
  pdfmake.setFonts({ [bundledFonts().name]: files });
  ready = true;
}

/** One document through stock pdfmake; the definition is built by vanban's own layout code. */
export async function renderStock(doc: Document): Promise<Uint8Array> {
  setUp();
  const fonts = bundledFonts();
  const definition = documentDefinition(createContext(doc, loadProfile(doc.profile), fonts));
  const buffer = await pdfmake.createPdf(definition).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
