// A renderer worker thread: one job at a time, off the caller's event loop. Each thread keeps its
// parsed fonts and word cache from one job to the next (src/writers/pdf/engine).
import type { MessagePort } from "node:worker_threads";
import { checkData, checkText } from "../check/index.js";
import { renderDraft } from "../drafts/index.js";
import { layoutDocument } from "../layout/layout-document.js";
import type { Document } from "../model/document.js";
import { DocumentError } from "../model/errors.js";
import { parseDocument } from "../model/parse.js";
import { importText } from "../readers/archive/index.js";
import { renderPdfChunks, resolveFonts } from "../writers/pdf/index.js";
import type { Job, JobLayout, JobOutcome, JobSource, PdfMessage } from "./jobs.js";

/** Pieces are gathered to this size before crossing the thread: fewer messages, bounded memory. */
const PIECE_BYTES = 16 * 1024;

function documentOf(source: JobSource): Document {
  if ("document" in source) return parseDocument(source.document);
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

/** Streams the PDF to the port in pieces of about PIECE_BYTES; returns the number of pages. */
function streamPdf(doc: Document, layout: JobLayout, port: MessagePort): number {
  const chunks = renderPdfChunks(doc, layoutOptions(layout));
  let held: Buffer[] = [];
  let size = 0;
  const flush = () => {
    // A fresh buffer, so that transferring it never takes Node's shared allocation pool along.
    const piece = new Uint8Array(size);
    let at = 0;
    for (const chunk of held) {
      piece.set(chunk, at);
      at += chunk.length;
    }
    send(port, piece);
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

function run(job: Job): unknown {
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
  }
}

export default function runJob(job: Job): JobOutcome {
  try {
    return { ok: true, value: run(job) };
  } catch (error) {
    if (error instanceof DocumentError) {
      return { ok: false, failure: { kind: "invalid", issues: error.issues, message: error.message } };
    }
    return { ok: false, failure: { kind: "internal", message: error instanceof Error ? error.message : String(error) } };
  }
}
