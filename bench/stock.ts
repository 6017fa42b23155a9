// "Stock pdfmake": pdfmake's own Node API drawing the same page (vanban's Pages exported as a pdfmake
// definition, src/writers/pdfmake): what a caller composing with pdfmake gets. The layout is
// vanban's in both; this measures pdfmake's output path against vanban's own PDF writer.
import type { Document } from "../src/model/document.js";
import { bundledFonts } from "../src/fonts/fonts.js";
import { layoutDocument } from "../src/layout/layout-document.js";
import { renderWithPdfmake } from "../src/writers/pdfmake/index.js";

/** One document through stock pdfmake, from vanban's page model. */
export async function renderStock(doc: Document): Promise<Uint8Array> {
  const fonts = bundledFonts();
  return renderWithPdfmake(layoutDocument(doc, { fonts }), fonts);
}
