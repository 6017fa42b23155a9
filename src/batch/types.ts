import type { Document } from "../model/document.js";
import type { ImportDefaults } from "../readers/archive/index.js";
import type { Limits } from "../limits.js";
import type { OcrOptions } from "../readers/ocr/read-pdf-ocr.js";
import type { OutputFormat } from "../writers/output-format.js";

/** Defaults for .txt archives (defaults.json: profile, issuer, place, or any top-level field). */
export type { ImportDefaults };

/**
 * One input of a batch: a path to a .json document or a .txt archive, or a document given as
 * data (validated in the worker, like a file's content), alone or with the output's base name.
 */
export type BatchInput = string | { path: string } | { document: unknown; name?: string } | Document;

export type BatchStatus = "ok" | "failed" | "skipped";

/** One line of the outcome, per input, in the order inputs finish. */
export interface BatchResult {
  /** 0-based position of the input in the sequence given. */
  index: number;
  /** The path as given, or the document's name. */
  input: string;
  status: BatchStatus;
  /** Where the output is (ok, or skipped because it is already there and up to date). */
  output?: string;
  /** The PDF's pages; none for a DOCX (Word lays it out on the reader's machine). */
  pages?: number;
  /** Time spent on this input, in ms (reading, importing, rendering, writing). */
  ms: number;
  /** Of `ms`, the time OCR took (scanned PDF pages, with `ocr`). */
  ocrMs?: number;
  warnings: string[];
  /** Why it failed or was skipped, for a person to act on. */
  error?: string;
}

export interface BatchProgress {
  /** Inputs finished so far (ok + failed + skipped). */
  done: number;
  ok: number;
  failed: number;
  skipped: number;
  /** Known when the inputs are an array or `total` was given. */
  total?: number;
  inFlight: number;
  elapsedMs: number;
  /** Finished inputs per second since the start. */
  rate: number;
  /** The result that caused this event. */
  last: BatchResult;
}

export interface BatchOptions {
  /** Folder for the outputs; created if missing. Output names never leave it. */
  outDir: string;
  /**
   * "pdf" (default) or "docx": each input becomes NAME.pdf or NAME.docx (the DOCX keeps the
   * source Document inside). The manifest keeps each format's outputs apart, so `resume` never
   * counts one format's file as the other's.
   */
  format?: OutputFormat;
  /** Worker threads; one per core by default. */
  jobs?: number;
  /** Skip inputs whose output exists and whose input hash matches the output folder's manifest. */
  resume?: boolean;
  /** Options for the archive importer, for .txt inputs. */
  defaults?: ImportDefaults;
  /** How scanned PDF pages are read by OCR (`{ enabled: true }` turns it on; issue 15). */
  ocr?: OcrOptions;
  /** A named profile preset, as for `vanban render --preset`. */
  preset?: string;
  /** A profile to render with instead of each document's own (same family), as `render --profile`. */
  profile?: string;
  /** A caller's folders or files of profiles ("my-province.json"), known besides layouts/. */
  layouts?: string | string[];
  /** The number of inputs, when they come from an iterator (for progress and ETA). */
  total?: number;
  /** Called after every finished input. */
  onProgress?: (progress: BatchProgress) => void;
  /** Aborting stops taking new inputs; inputs already started finish and are reported. */
  signal?: AbortSignal;
  /**
   * Aborting stops at once: the workers are terminated, inputs in progress are reported as
   * failed, their temporary files removed and the lock released (a second Ctrl-C).
   */
  stopNow?: AbortSignal;
  /** Milliseconds one input may take in a worker before it is stopped and reported as failed (src/limits.ts). */
  timeoutMs?: number;
  /** Bounds on each document (src/limits.ts): input size, field length, blocks … */
  limits?: Partial<Limits>;
  /**
   * The caller holds `outDir`'s lock already (lockOutputDir), taken before it wrote anything
   * there (the CLI's report); the batch then neither takes nor releases it.
   */
  locked?: boolean;
  /**
   * Inputs per worker after which the workers are replaced by fresh ones (5,000 by default): a
   * worker thread's native memory grows by a few KB an input, and a new thread starts clean.
   */
  recycleAfter?: number;
  /** The compiled worker module; found next to this module or in dist/ by default. */
  workerFile?: string;
}
