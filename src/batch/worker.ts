// A batch worker thread: turns one task into one PDF (or DOCX) in the output folder. Every per-document step
// runs here (reading the file, hashing it for the manifest, importing, rendering, writing), so the
// pool's main thread only hands out names and records results. Each thread keeps its parsed fonts
// and word cache from one document to the next.
import { existsSync } from "node:fs";
import { performance } from "node:perf_hooks";
import type { Document } from "../model/document.js";
import { DocumentError, type DocumentIssue } from "../model/errors.js";
import { parseDocument } from "../model/parse.js";
import { parseJsonText } from "../util/json-file.js";
import { importFile } from "../readers/registry.js";
import { renderPdfDetailed, type RenderOptions } from "../writers/pdf/index.js";
import { profileForDocument } from "../layout/load.js";
import { describeError, describeWarning } from "../util/describe-error.js";
import { inputHash } from "./hash.js";
import { readSource } from "./read-source.js";
import type { RenderTask, TaskOutcome, TaskSource } from "./task.js";
import { writeFileAtomicSync } from "../util/atomic-write.js";

type ReadSource = Exclude<TaskSource, { format: "path" }>;

async function documentOf(source: ReadSource, warnings: string[], task: RenderTask, ocr: { ms?: number }): Promise<Document> {
  switch (source.format) {
    case "json":
      return parseDocument(parseJsonText(source.text, source.path ?? "(json)"), task.limits ? { limits: task.limits } : {});
    case "document":
      return parseDocument(source.document, task.limits ? { limits: task.limits } : {});
    case "file": {
      // The chosen profile is the files' profile too, unless a file shows another family.
      const result = await importFile(source.bytes, { type: source.type, defaults: source.defaults, ...chosenProfile(task), ...(task.ocr ? { ocr: task.ocr } : {}) });
      if (result.ocr) ocr.ms = result.ocr.ms;
      return imported(result, warnings);
    }
  }
}

/** The profile and profile folders the batch was given, as the importers take them. */
function chosenProfile(task: RenderTask) {
  return { ...(task.profile ? { profile: task.profile } : {}), ...(task.layouts ? { layouts: task.layouts } : {}) };
}

/** An import's document, its warnings kept; an incomplete import fails with every error. */
function imported(result: { ok: boolean; document: unknown; errors: DocumentIssue[]; warnings: unknown[] }, warnings: string[]): Document {
  warnings.push(...result.warnings.map(describeWarning));
  if (!result.ok) throw new DocumentError(result.errors, "imported document");
  return result.document as Document; // ok: the importer validated it as a Document
}

/** The file in the task's format; a DOCX has no page count (Word lays it out on the reader's machine). */
async function rendered(document: Document, options: Pick<RenderOptions, "profile" | "preset">, format: RenderTask["format"]): Promise<{ bytes: Uint8Array; pages?: number }> {
  if (format !== "docx") return renderPdfDetailed(document, options);
  // Loaded on the first DOCX task only, so that a PDF batch's threads start as before.
  const { renderDocx } = await import("../writers/docx/index.js");
  return { bytes: await renderDocx(document, options) };
}

export default async function renderTask(task: RenderTask): Promise<TaskOutcome> {
  const started = performance.now();
  const warnings: string[] = [];
  const ms = () => performance.now() - started;
  const ocr: { ms?: number } = {};
  const ocrMs = () => (ocr.ms !== undefined ? { ocrMs: ocr.ms } : {});
  let source: ReadSource;
  let hash: string;
  try {
    source = task.source.format === "path" ? readSource(task.source.path, task.source.maxBytes, task.source.defaults) : task.source;
    hash = inputHash(source, task.preset, task.profilesKey);
  } catch (error) {
    const path = task.source.format === "path" ? task.source.path : undefined;
    return { status: "failed", error: describeError(error, path), warnings, ms: ms() };
  }
  if (task.resumeFrom && task.resumeFrom.hash === hash && existsSync(task.resumeFrom.output)) return { status: "skipped", ms: ms() };
  try {
    const document = await documentOf(source, warnings, task, ocr);
    const profile = profileForDocument(document.profile, { profile: task.profile, layouts: task.layouts });
    const options = { profile, ...(task.preset ? { preset: task.preset } : {}) };
    const { bytes, pages } = await rendered(document, options, task.format);
    // Synchronous on purpose: this thread is the worker's own, and the async write's four hops
    // through libuv's shared thread pool cost more CPU than the write (2 workers: 166 → 185 docs/s).
    writeFileAtomicSync(task.output, bytes);
    return { status: "ok", hash, ...(pages !== undefined ? { pages } : {}), warnings, ms: ms(), ...ocrMs() };
  } catch (error) {
    return { status: "failed", error: describeError(error), warnings, ms: ms(), ...ocrMs() };
  }
}
