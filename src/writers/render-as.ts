import type { Document } from "../model/document.js";
import { renderDocx } from "./docx/index.js";
import { renderPdf, type RenderOptions } from "./pdf/index.js";
import type { OutputFormat } from "./output-format.js";

/**
 * A document rendered to the format asked for: renderPdf, or renderDocx (which refuses the
 * PDF-only options rather than leave them out).
 */
export function renderAs(format: OutputFormat, doc: Document, options: RenderOptions = {}): Promise<Uint8Array> {
  return format === "docx" ? renderDocx(doc, options) : renderPdf(doc, options);
}
