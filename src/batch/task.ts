// The messages between the batch's main thread and its workers: plain data, structured-cloned.
import type { ImportDefaults } from "./types.js";
import type { Limits } from "../limits.js";
import type { InputType } from "../readers/registry.js";
import type { OcrOptions } from "../readers/ocr/read-pdf-ocr.js";
import type { OutputFormat } from "../writers/output-format.js";

export type TaskSource =
  | { format: "json"; text: string; path?: string }
  /** A file the reader registry reads (text in any encoding, .docx, .pdf): the worker imports it. */
  | { format: "file"; type: Exclude<InputType, "json">; bytes: Uint8Array; defaults: ImportDefaults }
  | { format: "document"; document: unknown }
  /** A file the worker reads itself (so the main thread never holds its bytes): becomes "json" or "file". */
  | { format: "path"; path: string; maxBytes: number; defaults: ImportDefaults };

export interface RenderTask {
  source: TaskSource;
  /** Absolute path of the file to write (inside the output folder). */
  output: string;
  /** PDF when absent. */
  format?: OutputFormat;
  preset?: string;
  limits?: Partial<Limits>;
  /** The profile to render with instead of the document's, and the caller's profile files (absolute). */
  profile?: string;
  layouts?: string[];
  /** The profile options' part of the input hash (profilesKey), computed once per batch. */
  profilesKey: string;
  /**
   * The manifest's entry for this input when resuming: the worker hashes the input (beside the
   * rendering, not on the main thread) and, when the hash is the same and the output is there,
   * reports "skipped" without rendering.
   */
  resumeFrom?: { hash: string; output: string };
  ocr?: OcrOptions;
}

/** Failures are values, so that the reason reaches the report in full. */
export type TaskOutcome =
  /** A DOCX has no page count: Word lays it out on the reader's machine. */
  | { status: "ok"; hash: string; pages?: number; warnings: string[]; ms: number; ocrMs?: number }
  /** Resuming, and the input hashes as the manifest remembers it with its output in place. */
  | { status: "skipped"; ms: number }
  | { status: "failed"; error: string; warnings: string[]; ms: number; ocrMs?: number };
