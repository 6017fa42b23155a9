// An in-memory pool of rendering workers for library users and for the HTTP service: the work
// runs on worker threads, never on the caller's event loop (piscina, as the batch uses).
import { Readable } from "node:stream";
import { MessageChannel } from "node:worker_threads";
import { defaultJobs } from "../batch/parallelism.js";
import { compiledWorkerFile, RecyclingPool, WORKER_HEAP_MB } from "../batch/pool.js";
import type { Pages } from "../layout/pages.js";
import type { Document } from "../model/document.js";
import { DocumentError } from "../model/errors.js";
import type { Finding } from "../check/index.js";
import type { ImportDefaults, ImportResult } from "../readers/archive/index.js";
import type { FileImportResult, InputType } from "../readers/registry.js";
import type { FileFormat, Job, JobFailure, JobLayout, JobOutcome, JobSource, PdfMessage } from "./jobs.js";

export type { FileFormat, JobSource, JobLayout } from "./jobs.js";

export interface RendererOptions {
  /** Worker threads, started together and kept until close(); the machine's parallelism by default. */
  workers?: number;
  /** Longest time one job may take; a job past it is stopped (its worker is replaced). 60 s by default. */
  timeoutMs?: number;
  /** Jobs that may wait for a worker; one more is refused with RendererBusyError. 64 per worker by default. */
  maxQueue?: number;
  /**
   * Jobs per worker after which the workers are replaced by fresh ones (the jobs given to the old
   * ones finish there). 5,000 by default: whatever a worker might keep is bounded by one cycle.
   */
  recycleAfter?: number;
  /**
   * Each worker's JavaScript heap in MB (WORKER_HEAP_MB, 1,024, by default). A document that
   * needs more fails with RendererOutOfMemoryError (413 in the service); its worker is replaced.
   */
  workerHeapMb?: number;
}

/** The layout options a renderer passes to its workers: plain data (a preset, or a profile). */
export type RendererLayout = JobLayout;

/** Every worker is busy and the queue is full: try again later (HTTP 503). */
export class RendererBusyError extends Error {
  constructor(readonly queued: number) {
    super(`Máy đang bận (${queued} việc chờ) / renderer busy (${queued} jobs waiting): try again later`);
    this.name = "RendererBusyError";
  }
}

/** A job ran longer than timeoutMs and was stopped. */
export class RendererTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`Quá thời gian ${timeoutMs} ms / the job took longer than ${timeoutMs} ms and was stopped`);
    this.name = "RendererTimeoutError";
  }
}

/** A job's worker ran out of its heap (WORKER_HEAP_MB) and was replaced: the document is too large (a 413 for the service). */
export class RendererOutOfMemoryError extends Error {
  constructor(readonly heapMb: number) {
    super(`Văn bản cần quá ${heapMb} MB bộ nhớ để dàn trang / the document needs more than the worker's ${heapMb} MB heap to lay out`);
    this.name = "RendererOutOfMemoryError";
  }
}

/** The bytes given as a document's JSON do not parse (a 400 for the service). */
export class MalformedJsonError extends Error {
  constructor(readonly detail: string) {
    super(`JSON không hợp lệ: ${detail} / invalid JSON: ${detail}`);
    this.name = "MalformedJsonError";
  }
}

function errorOf(failure: JobFailure): Error {
  if (failure.kind === "internal") return new Error(failure.message);
  if (failure.kind === "invalid-json") return new MalformedJsonError(failure.message);
  const error = new DocumentError(failure.issues);
  error.message = failure.message;
  return error;
}

/** A renderer: rendering, layout, checking and importing on a pool of worker threads. */
export class Renderer {
  readonly workers: number;
  private readonly pool: RecyclingPool<Job, JobOutcome>;
  private readonly timeoutMs: number;
  private readonly maxQueue: number;
  private readonly heapMb: number;

  constructor(options: RendererOptions = {}) {
    this.workers = options.workers ?? defaultJobs();
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.maxQueue = options.maxQueue ?? 64 * this.workers;
    this.heapMb = options.workerHeapMb ?? WORKER_HEAP_MB;
    this.pool = new RecyclingPool(this.workers, compiledWorkerFile(new URL("./worker.js", import.meta.url), "renderer"), options.recycleAfter, this.heapMb);
  }

  /** How many times the workers were replaced by fresh ones (see recycleAfter). */
  get recycled(): number {
    return this.pool.recycled;
  }

  /** The PDF of a document, whole. */
  render(document: Document | unknown, layout: RendererLayout = {}): Promise<Uint8Array> {
    return this.file({ document }, "pdf", layout);
  }

  /**
   * A whole file (PDF, or .docx through the DOCX writer) of a document given as data, as the raw
   * bytes of its JSON (`{ json }`: parsed and validated on the worker, a MalformedJsonError or a
   * DocumentError when they are not a document), or drafted from a template. The file is
   * transferred from the worker, not copied; a copy of the `{ json }` bytes is transferred to it.
   */
  async file(source: JobSource, format: FileFormat = "pdf", layout: RendererLayout = {}): Promise<Uint8Array> {
    const { job, transferList } = withOwnBytes(source);
    const outcome = await this.runOutcome({ op: "file", format, source: job, layout }, transferList);
    if (outcome instanceof Uint8Array) return outcome;
    if (!outcome.ok) throw errorOf(outcome.failure);
    throw new Error(`renderer: expected a file, got ${typeof outcome.value}`);
  }

  /** Any file the readers know (importFile on a worker): the name or type picks the reader; never throws for what the file holds. */
  importFile(bytes: Uint8Array, options: { name?: string; type?: InputType; defaults?: ImportDefaults } = {}): Promise<FileImportResult> {
    const own = ownBuffer(bytes);
    return this.run({ op: "import-file", bytes: own, ...options }, [own.buffer as ArrayBuffer]) as Promise<FileImportResult>;
  }

  /**
   * The PDF as a stream of pieces sent by the worker as each page is written. The promise settles
   * when the first piece is ready, so an invalid document rejects it (a DocumentError) before any
   * byte; a later failure destroys the stream.
   */
  stream(document: Document | unknown, layout: RendererLayout = {}): Promise<Readable> {
    return this.streamFrom({ document }, layout);
  }

  /** The page model (Pages) of a document, as JSON-ready data. */
  layout(document: Document | unknown, layout: RendererLayout = {}): Promise<Pages> {
    return this.layoutOf({ document }, layout);
  }

  /** The page model of a document from any source (see file). */
  layoutOf(source: JobSource, layout: RendererLayout = {}): Promise<Pages> {
    const { job, transferList } = withOwnBytes(source);
    return this.run({ op: "layout", source: job, layout }, transferList) as Promise<Pages>;
  }

  /** A document drafted from a template file (its partials and schema beside it) and its data. */
  draft(template: string, data: unknown, options: { now?: Date; strict?: boolean } = {}): Promise<Document> {
    const draft = { template, data, ...(options.now ? { now: options.now.toISOString() } : {}), ...(options.strict === false ? { strict: false } : {}) };
    return this.run({ op: "document", source: { draft } }) as Promise<Document>;
  }

  /** The findings on document data (valid or not) or on the text of an archived document. */
  check(input: { data: unknown } | { text: string; defaults?: ImportDefaults }, options: { now?: Date; allowFutureDate?: boolean } = {}): Promise<Finding[]> {
    const job: Job = { op: "check", input, ...(options.now ? { now: options.now.toISOString() } : {}), ...(options.allowFutureDate ? { allowFutureDate: true } : {}) };
    return this.run(job) as Promise<Finding[]>;
  }

  /** The document read from the text of an archived document (importText on a worker). */
  importText(text: string, defaults?: ImportDefaults): Promise<ImportResult> {
    return this.run({ op: "import", text, ...(defaults ? { defaults } : {}) }) as Promise<ImportResult>;
  }

  /** The PDF of a document given as data or drafted from a template, as a stream (see stream). */
  streamFrom(source: JobSource, layout: RendererLayout = {}): Promise<Readable> {
    this.admit();
    const { port1, port2 } = new MessageChannel();
    const out = new Readable({
      read() {},
      destroy(error, callback) {
        port1.close(); // a reader that left: later pieces are dropped
        callback(error);
      },
    });
    return new Promise<Readable>((resolve, reject) => {
      let started = false;
      const start = () => {
        if (!started) resolve(out);
        started = true;
      };
      const fail = (error: Error) => {
        port1.close();
        if (started) out.destroy(error);
        else reject(error);
        started = true;
      };
      port1.on("message", (message: PdfMessage) => {
        start();
        if (message instanceof Uint8Array) out.push(Buffer.from(message.buffer, message.byteOffset, message.byteLength));
        else {
          out.push(null);
          port1.close();
        }
      });
      const { job: own, transferList } = withOwnBytes(source);
      const job: Job = { op: "pdf", source: own, layout, port: port2 };
      this.timed((signal) => this.pool.run(job, { transferList: [port2, ...transferList], signal })).then(
        (outcome) => {
          if (!(outcome instanceof Uint8Array) && !outcome.ok) fail(errorOf(outcome.failure));
        },
        (error: unknown) => fail(this.abortError(error)),
      );
    });
  }

  /** Jobs waiting for a worker. */
  get queued(): number {
    return this.pool.queueSize;
  }

  /** Waits for the running jobs, then stops the workers. */
  async close(): Promise<void> {
    await this.pool.close();
  }

  private async run(job: Job, transferList: ArrayBuffer[] = []): Promise<unknown> {
    const outcome = await this.runOutcome(job, transferList);
    if (outcome instanceof Uint8Array) return outcome;
    if (!outcome.ok) throw errorOf(outcome.failure);
    return outcome.value;
  }

  private async runOutcome(job: Job, transferList: ArrayBuffer[]): Promise<JobOutcome> {
    this.admit();
    try {
      return await this.timed((signal) => this.pool.run(job, { signal, transferList }));
    } catch (error) {
      throw this.abortError(error);
    }
  }

  /**
   * Runs a job with a signal that aborts it after timeoutMs. The timer is cleared when the job
   * settles: AbortSignal.timeout would keep every job's signal, and what it references, alive for
   * the whole timeout, which at a hundred requests a second is thousands of finished jobs.
   */
  private async timed<T>(run: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      return await run(controller.signal);
    } finally {
      clearTimeout(timer);
    }
  }

  private admit(): void {
    if (this.pool.queueSize >= this.maxQueue) throw new RendererBusyError(this.pool.queueSize);
  }

  private abortError(error: unknown): Error {
    if ((error as Error | undefined)?.name === "AbortError") return new RendererTimeoutError(this.timeoutMs);
    if ((error as { code?: unknown } | undefined)?.code === "ERR_WORKER_OUT_OF_MEMORY") return new RendererOutOfMemoryError(this.heapMb);
    return error instanceof Error ? error : new Error(String(error));
  }
}

/**
 * A copy of the caller's bytes in a buffer of their own, to transfer: the caller's stay usable,
 * and a view into a shared buffer (Node's pooled Buffers) never takes the rest along.
 */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.slice();
}

/** A source whose raw JSON bytes are to be transferred: the job and its transfer list. */
function withOwnBytes(source: JobSource): { job: JobSource; transferList: ArrayBuffer[] } {
  if (!("json" in source)) return { job: source, transferList: [] };
  const json = ownBuffer(source.json);
  return { job: { json }, transferList: [json.buffer as ArrayBuffer] };
}

/**
 * A pool of rendering workers kept in memory: `await renderer.render(doc)` gives the PDF bytes,
 * `await renderer.stream(doc)` a stream of them, without blocking the event loop. Call close()
 * when done.
 */
export function createRenderer(options: RendererOptions = {}): Renderer {
  return new Renderer(options);
}
