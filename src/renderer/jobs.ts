// The messages between a renderer's main thread and its workers: plain data, structured-cloned,
// except request bodies and finished files, which are transferred (moved, not copied).
import type { MessagePort } from "node:worker_threads";
import type { DocumentIssue } from "../model/errors.js";
import type { Profile } from "../layout/schema.js";
import type { ImportDefaults } from "../readers/archive/index.js";
import type { InputType } from "../readers/registry.js";

/**
 * Where the document comes from: given as data, as the raw bytes of its JSON (parsed and
 * validated on the worker, so the caller's thread never does), or drafted from a template.
 */
export type JobSource =
  | { document: unknown }
  | { json: Uint8Array }
  | { draft: { template: string; data: unknown; now?: string; strict?: boolean } };

/** What the layout may be told: a preset of the document's profile, or other profile data. */
export interface JobLayout {
  preset?: string;
  profile?: Profile;
}

/** The files a renderer writes whole. */
export type FileFormat = "pdf" | "docx";

export type Job =
  /** The PDF, sent as chunks on `port` and closed by an "end" message. */
  | { op: "pdf"; source: JobSource; layout: JobLayout; port: MessagePort }
  /** The whole file, returned as one transferred buffer. */
  | { op: "file"; format: FileFormat; source: JobSource; layout: JobLayout }
  | { op: "layout"; source: JobSource; layout: JobLayout }
  | { op: "document"; source: JobSource }
  | { op: "check"; input: { data: unknown } | { text: string; defaults?: ImportDefaults }; now?: string; allowFutureDate?: boolean }
  | { op: "import"; text: string; defaults?: ImportDefaults }
  /** importFile on the bytes of any file the readers know (the name or type picks the reader). */
  | { op: "import-file"; bytes: Uint8Array; name?: string; type?: InputType; defaults?: ImportDefaults };

/** A failure crosses the thread as data: invalid input with its issues, malformed JSON, or anything else. */
export type JobFailure =
  | { kind: "invalid"; issues: DocumentIssue[]; message: string }
  | { kind: "invalid-json"; message: string }
  | { kind: "internal"; message: string };

/** A job's result: a file comes back as its bytes (transferred), anything else as data. */
export type JobOutcome = Uint8Array | { ok: true; value: unknown } | { ok: false; failure: JobFailure };

/** What the worker sends on a pdf job's port: pieces of the file, then the end with the page count. */
export type PdfMessage = Uint8Array | { end: true; pages: number };
