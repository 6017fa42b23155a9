// The messages between the batch's main thread and its workers: plain data, structured-cloned.
import type { ImportDefaults } from "./types.js";
import type { Limits } from "../limits.js";
import type { InputType } from "../readers/registry.js";
import type { OcrOptions } from "../readers/ocr/read-pdf-ocr.js";

export type TaskSource =
  | { format: "json"; text: string; path?: string }
  | { format: "txt"; text: string; defaults: ImportDefaults }
  /** A file the reader registry reads (text in any encoding, .docx, .pdf): the worker imports it. */
  | { format: "file"; type: Exclude<InputType, "json">; bytes: Uint8Array; defaults: ImportDefaults }
  | { format: "document"; document: unknown };

export interface RenderTask {
  source: TaskSource;
  /** Absolute path of the PDF to write (inside the output folder). */
  output: string;
  preset?: string;
  limits?: Partial<Limits>;
  /** The profile to render with instead of the document's, and the caller's profile files (absolute). */
  profile?: string;
  layouts?: string[];
  ocr?: OcrOptions;
}

/** Failures are values, so that the reason reaches the report in full. */
export type TaskOutcome =
  | { ok: true; pages: number; warnings: string[]; ms: number; ocrMs?: number }
  | { ok: false; error: string; warnings: string[]; ms: number; ocrMs?: number };
