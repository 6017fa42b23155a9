import type { Document } from "../model/document.js";
import { readEmbeddedSource } from "../writers/pdf/issuance/source.js";
import { readDocxSource } from "../writers/docx/source-part.js";

/**
 * The exact document a vanban file was made from, when the file carries it: the JSON embedded in
 * a PDF (`embedSource`, PDF/A-3) or in a .docx's custom XML part. Re-rendering such a file with a
 * newer profile needs the document, not a reading of its text. Undefined when there is none;
 * a damaged source throws its bilingual DocumentError.
 */
export async function embeddedDocument(bytes: Uint8Array, type: "pdf" | "docx"): Promise<Document | undefined> {
  if (type === "pdf") return (await readEmbeddedSource(bytes)) ?? undefined;
  try {
    return await readDocxSource(bytes);
  } catch {
    return undefined; // a Word file vanban did not make: read it from its text
  }
}
