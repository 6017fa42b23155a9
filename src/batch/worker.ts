// A batch worker thread: turns one task into one PDF in the output folder. Each thread keeps its
// parsed fonts and word cache from one document to the next (src/writers/pdf/engine).
import { performance } from "node:perf_hooks";
import type { Document } from "../model/document.js";
import { DocumentError, type DocumentIssue } from "../model/errors.js";
import { parseDocument } from "../model/parse.js";
import { parseJsonText } from "../util/json-file.js";
import { importText } from "../readers/archive/index.js";
import { importFile } from "../readers/registry.js";
import { renderPdfDetailed } from "../writers/pdf/index.js";
import { profileForDocument } from "../layout/load.js";
import { describeError, describeWarning } from "../util/describe-error.js";
import type { RenderTask, TaskOutcome, TaskSource } from "./task.js";
import { writeFileAtomic } from "../util/atomic-write.js";

async function documentOf(source: TaskSource, warnings: string[], task: RenderTask, ocr: { ms?: number }): Promise<Document> {
  switch (source.format) {
    case "json":
      return parseDocument(parseJsonText(source.text, source.path ?? "(json)"), task.limits ? { limits: task.limits } : {});
    case "document":
      return parseDocument(source.document, task.limits ? { limits: task.limits } : {});
    case "txt":
      // The chosen profile is the texts' profile too, unless a text shows another family.
      return imported(importText(source.text, { defaults: source.defaults, ...chosenProfile(task) }), warnings);
    case "file": {
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

export default async function renderTask(task: RenderTask): Promise<TaskOutcome> {
  const started = performance.now();
  const warnings: string[] = [];
  const ocr: { ms?: number } = {};
  const ocrMs = () => (ocr.ms !== undefined ? { ocrMs: ocr.ms } : {});
  try {
    const document = await documentOf(task.source, warnings, task, ocr);
    const profile = profileForDocument(document.profile, { profile: task.profile, layouts: task.layouts });
    const { bytes, pages } = renderPdfDetailed(document, { profile, ...(task.preset ? { preset: task.preset } : {}) });
    await writeFileAtomic(task.output, bytes);
    return { ok: true, pages, warnings, ms: performance.now() - started, ...ocrMs() };
  } catch (error) {
    return { ok: false, error: describeError(error), warnings, ms: performance.now() - started, ...ocrMs() };
  }
}
