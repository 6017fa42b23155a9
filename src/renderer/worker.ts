// A renderer worker thread: one job at a time, off the caller's event loop. Each thread keeps its
// parsed fonts and word cache from one job to the next (src/writers/pdf/engine). Request bodies
// arrive as raw bytes and files leave as one transferred buffer, so the caller's thread neither
// parses, validates nor copies them (the HTTP service's throughput depends on it).
import type { MessagePort } from "node:worker_threads";
import { move } from "piscina";
import { checkData, checkText } from "../check/index.js";
import { renderDraft } from "../drafts/index.js";
import { layoutDocument } from "../layout/layout-document.js";
import type { Document } from "../model/document.js";
import { DocumentError } from "../model/errors.js";
import { parseDocument } from "../model/parse.js";
import { importText } from "../readers/archive/index.js";
import { renderPdfChunks, resolveFonts } from "../writers/pdf/index.js";
import type { FileFormat, Job, JobLayout, JobOutcome, JobSource, PdfMessage } from "./jobs.js";

/** Pieces are gathered to this size before crossing the thread: fewer messages, bounded memory. */
const PIECE_BYTES = 16 * 1024;

/** JSON that does not parse: a 400 for the service, not an invalid document. */
class MalformedJsonError extends Error {}

const utf8 = new TextDecoder("utf-8", { fatal: true });

function parseJson(bytes: Uint8Array): unknown {
  try {
    const text = utf8.decode(bytes);
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new MalformedJsonError(error instanceof Error ? error.message : String(error));
  }
}

function documentOf(source: JobSource): Document {
  if ("document" in source) return parseDocument(source.document);
  if ("json" in source) return parseDocument(parseJson(source.json));
  const { template, data, now, strict } = source.draft;
  return renderDraft(template, data, { ...(now ? { now: new Date(now) } : {}), strict: strict !== false });
}

function layoutOptions(layout: JobLayout): JobLayout {
  return { ...(layout.preset ? { preset: layout.preset } : {}), ...(layout.profile ? { profile: layout.profile } : {}) };
}

function send(port: MessagePort, message: PdfMessage): void {
  if (message instanceof Uint8Array) port.postMessage(message, [message.buffer as ArrayBuffer]);
  else port.postMessage(message);
}

/** Pieces joined into one fresh buffer: transferring it never takes Node's shared allocation pool along. */
function joined(pieces: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

/** Streams the PDF to the port in pieces of about PIECE_BYTES; returns the number of pages. */
function streamPdf(doc: Document, layout: JobLayout, port: MessagePort): number {
  const chunks = renderPdfChunks(doc, layoutOptions(layout));
  let held: Buffer[] = [];
  let size = 0;
  const flush = () => {
    send(port, joined(held, size));
    held = [];
    size = 0;
  };
  for (;;) {
    const next = chunks.next();
    if (next.done) {
      if (size) flush();
      return next.value;
    }
    held.push(next.value);
    size += next.value.length;
    if (size >= PIECE_BYTES) flush();
  }
}

async function wholeFile(format: FileFormat, doc: Document, layout: JobLayout): Promise<Uint8Array> {
  if (format === "docx") {
    const { renderDocx } = await import("../writers/docx/index.js"); // loaded by the workers that write .docx only
    const bytes = await renderDocx(doc, layoutOptions(layout));
    return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
  }
  const pieces: Buffer[] = [];
  let size = 0;
  for (const chunk of renderPdfChunks(doc, layoutOptions(layout))) {
    pieces.push(chunk);
    size += chunk.length;
  }
  return joined(pieces, size);
}

async function run(job: Job): Promise<unknown> {
  switch (job.op) {
    case "pdf": {
      try {
        const pages = streamPdf(documentOf(job.source), job.layout, job.port);
        send(job.port, { end: true, pages });
        return pages;
      } finally {
        job.port.close();
      }
    }
    case "file":
      return wholeFile(job.format, documentOf(job.source), job.layout);
    case "layout": {
      const options = layoutOptions(job.layout);
      return layoutDocument(documentOf(job.source), { ...options, fonts: resolveFonts(undefined) });
    }
    case "document":
      return documentOf(job.source);
    case "check": {
      const options = { ...(job.now ? { now: new Date(job.now) } : {}), ...(job.allowFutureDate ? { allowFutureDate: true } : {}) };
      if ("data" in job.input) return checkData(job.input.data, options);
      return checkText(job.input.text, { ...options, ...(job.input.defaults ? { defaults: job.input.defaults } : {}) });
    }
    case "import":
      return importText(job.text, job.defaults ? { defaults: job.defaults } : {});
    case "import-file": {
      const { importFile } = await import("../readers/registry.js"); // the PDF and .docx readers, loaded when first asked for
      const { bytes, name, type, defaults } = job;
      return importFile(bytes, { ...(name ? { name } : {}), ...(type ? { type } : {}), ...(defaults ? { defaults } : {}) });
    }
  }
}

export default async function runJob(job: Job): Promise<JobOutcome> {
  try {
    const value = await run(job);
    // A file is moved to the caller's thread, not copied (Piscina's transfer of a returned buffer).
    if (value instanceof Uint8Array) return move(value) as Uint8Array;
    return { ok: true, value };
  } catch (error) {
    if (error instanceof DocumentError) {
      return { ok: false, failure: { kind: "invalid", issues: error.issues, message: error.message } };
    }
    if (error instanceof MalformedJsonError) return { ok: false, failure: { kind: "invalid-json", message: error.message } };
    return { ok: false, failure: { kind: "internal", message: error instanceof Error ? error.message : String(error) } };
  }
}
