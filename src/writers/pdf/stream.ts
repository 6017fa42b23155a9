import { Readable } from "node:stream";
import type { Document } from "../../model/document.js";
import { renderPdfChunks, type RenderOptions } from "./index.js";

/**
 * The PDF as a Node stream, for servers that pipe it to a response: each page's objects are
 * pushed as they are written, and writing pauses while the reader is full (backpressure). The
 * layout runs on this thread when the first piece is read; errors surface on the stream. For work
 * off the event loop, use createRenderer().stream.
 */
export function renderPdfStream(doc: Document, options: RenderOptions = {}): Readable {
  return Readable.from(renderPdfChunks(doc, options), { objectMode: false });
}
