// The heavy parts of vanban, loaded by the command that uses them, not when vanban starts: the PDF
// writer (pdfmake and its fonts), the DOCX writer, the readers (pdf.js, the .docx reader) and the
// service take 0.7–2 s each to load, which `vanban --help`, `--version`, a usage error or another
// command never need (all of them eagerly: 3.6 s before `--version` printed).
import type { Document } from "../model/document.js";
import type { OutputFormat } from "../writers/output-format.js";
import type { RenderOptions } from "../writers/pdf/index.js";

export interface Written {
  bytes: Uint8Array;
  /** The page count; null for a .docx (Word paginates). */
  pages: number | null;
}

/** The writer of one format, loaded on first use. */
export async function writerFor(format: OutputFormat): Promise<(doc: Document, options: RenderOptions) => Promise<Written>> {
  if (format === "docx") {
    const { renderDocx } = await import("../writers/docx/index.js");
    return async (doc, options) => ({ bytes: await renderDocx(doc, options), pages: null });
  }
  const { renderPdfCounted } = await import("../writers/pdf/index.js");
  return renderPdfCounted;
}

export const pdfWriter = () => import("../writers/pdf/index.js");
export const readers = () => import("../readers/registry.js");
