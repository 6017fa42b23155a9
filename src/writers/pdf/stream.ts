import { Readable } from "node:stream";
import type { Document } from "../../model/document.js";
import { renderPdf, type RenderOptions } from "./index.js";

/** The PDF as a Node stream, for servers that pipe it to a response. Errors surface on the stream. */
export function renderPdfStream(doc: Document, options: RenderOptions = {}): Readable {
  return Readable.from(
    (async function* () {
      yield Buffer.from(await renderPdf(doc, options));
    })(),
  );
}
