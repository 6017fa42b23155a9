// The messages between a renderer's main thread and its workers: plain data, structured-cloned.
import type { MessagePort } from "node:worker_threads";
import type { DocumentIssue } from "../model/errors.js";
import type { Profile } from "../layout/schema.js";
import type { ImportDefaults } from "../readers/archive/index.js";

/** Where the document comes from: given as data, or drafted from a template file and its data. */
export type JobSource =
  | { document: unknown }
  | { draft: { template: string; data: unknown; now?: string; strict?: boolean } };

/** What the layout may be told: a preset of the document's profile, or other profile data. */
export interface JobLayout {
  preset?: string;
  profile?: Profile;
}

export type Job =
  /** The PDF, sent as chunks on `port` and closed by an "end" message. */
  | { op: "pdf"; source: JobSource; layout: JobLayout; port: MessagePort }
  | { op: "layout"; source: JobSource; layout: JobLayout }
  | { op: "document"; source: JobSource }
  | { op: "check"; input: { data: unknown } | { text: string; defaults?: ImportDefaults }; now?: string; allowFutureDate?: boolean }
  | { op: "import"; text: string; defaults?: ImportDefaults };

/** A failure crosses the thread as data: invalid input with its issues, or anything else. */
export type JobFailure =
  | { kind: "invalid"; issues: DocumentIssue[]; message: string }
  | { kind: "internal"; message: string };

export type JobOutcome = { ok: true; value: unknown } | { ok: false; failure: JobFailure };

/** What the worker sends on a pdf job's port: pieces of the file, then the end with the page count. */
export type PdfMessage = Uint8Array | { end: true; pages: number };
