import { existsSync, mkdirSync } from "node:fs";
import { basename, extname, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { profilesKey } from "./hash.js";
import { loadProfile } from "../layout/load.js";
import { profileFiles } from "../layout/registry.js";
import { describeError } from "../util/describe-error.js";
import { EXTENSION_TYPES } from "../readers/input-type.js";
import { holdsLock, lockOutputDir } from "./lock.js";
import { formatCount, limitsWith } from "../limits.js";
import { asFileError, FileError, fileReason } from "../util/file-error.js";
import { Manifest, MANIFEST_NAME } from "./manifest.js";
import { insideDir, OutputNamer, safeStem, stemOfPath } from "./names.js";
import { defaultJobs, defaultWorkerFile, RecyclingPool } from "./pool.js";
import type { RenderTask, TaskOutcome, TaskSource } from "./task.js";
import { isTempFor, removeStaleTemps } from "../util/atomic-write.js";
import type { BatchInput, BatchOptions, BatchProgress, BatchResult, ImportDefaults } from "./types.js";
import { outputFormat } from "../writers/output-format.js";

const ALREADY_DONE = "Đã kết xuất, đầu vào không đổi / already rendered and the input is unchanged";
const STOPPED_NOW = "Đã dừng ngay khi đang xử lý / stopped at once while in progress";

function timedOut(ms: number): string {
  const s = `${formatCount(Math.round(ms / 1000))} s`;
  return `Quá thời gian: quá ${s} cho một văn bản, đã dừng luồng xử lý (--timeout, documentTimeoutMs) / timed out: over ${s} for one document, its worker was stopped (--timeout, documentTimeoutMs)`;
}

/** The files a batch writes in its output folder: the PDFs or DOCXs and the manifest. */
export const isBatchFile = (name: string): boolean => /\.(pdf|docx)$/iu.test(name) || name === MANIFEST_NAME;

const INPUT_NAMES = Object.keys(EXTENSION_TYPES).join(" ");
const isInputName = (path: string) => extname(path).toLowerCase() in EXTENSION_TYPES;

/** An input read and identified, ready to be rendered (or skipped). */
interface Prepared {
  label: string;
  /** Identity across runs: the absolute path, or "document:NAME". */
  key: string;
  stem: string;
  source: TaskSource;
}

function isPathInput(input: BatchInput): input is string | { path: string } {
  return typeof input === "string" || (typeof input === "object" && input !== null && typeof (input as { path?: unknown }).path === "string" && !("kind" in input));
}

/** Identifies an input; a path's bytes are read (and hashed) by the worker, not here. */
function prepare(input: BatchInput, index: number, read: { maxBytes: number; defaults: ImportDefaults }): Prepared | { label: string; error: string } {
  if (isPathInput(input)) {
    const path = typeof input === "string" ? input : input.path;
    if (!isInputName(path)) {
      // A path that is not there is named as missing, whatever its name (issue 10: `batch missing/`).
      if (!existsSync(path)) return { label: path, error: describeError(new FileError(path, fileReason("ENOENT", "read")!, "ENOENT"), path) };
      return { label: path, error: `Không phải tệp đọc được (${INPUT_NAMES}) / not a readable input (${INPUT_NAMES}): ${path}` };
    }
    return { label: path, key: resolve(path), stem: stemOfPath(path), source: { format: "path", path, ...read } };
  }
  // A document given as data: { document, name } or the document itself.
  const wrapped = typeof input === "object" && input !== null && "document" in input && !("kind" in input);
  const document = wrapped ? (input as { document: unknown }).document : input;
  const name = wrapped ? (input as { name?: string }).name : undefined;
  const label = name ?? `document-${index + 1}`;
  return {
    label,
    key: name !== undefined ? `document:${name}` : `document:#${index + 1}`,
    stem: safeStem(label),
    source: { format: "document", document },
  };
}

/** Counts and rate for progress events. */
class Tally {
  ok = 0;
  failed = 0;
  skipped = 0;
  private readonly started = performance.now();

  add(result: BatchResult): void {
    this[result.status]++;
  }

  progress(last: BatchResult, inFlight: number, total: number | undefined): BatchProgress {
    const done = this.ok + this.failed + this.skipped;
    const elapsedMs = performance.now() - this.started;
    return {
      done,
      ok: this.ok,
      failed: this.failed,
      skipped: this.skipped,
      ...(total !== undefined ? { total } : {}),
      inFlight,
      elapsedMs,
      rate: elapsedMs > 0 ? (done * 1000) / elapsedMs : 0,
      last,
    };
  }
}

/**
 * Renders many documents on a pool of worker threads and yields one result per input as each
 * finishes. Outputs are written as they go (temporary file, then rename) into `outDir`, and
 * the folder's manifest records each one, so a later run with `resume` skips what is done.
 * At most two inputs per worker are read ahead; results are not kept, so memory stays flat
 * however many inputs there are. One bad input is reported and the batch goes on.
 */
export async function* renderBatch(
  inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>,
  options: BatchOptions,
): AsyncGenerator<BatchResult, void, undefined> {
  const outDir = resolve(options.outDir);
  const format = outputFormat(options.format, "format");
  // The caller's profiles, as absolute paths for the workers; an unknown --profile fails the batch at once.
  const layouts = options.layouts === undefined ? undefined : (typeof options.layouts === "string" ? [options.layouts] : options.layouts).map((p) => resolve(p));
  const sources = layouts ? { layouts } : {};
  if (options.profile) loadProfile(options.profile, sources);
  const callerFiles = layouts ? [...profileFiles(sources).values()].filter((f) => !f.bundled) : [];
  const profiles = profilesKey(options.profile, callerFiles);
  const limits = limitsWith({ ...options.limits, ...(options.timeoutMs !== undefined ? { documentTimeoutMs: options.timeoutMs } : {}) });
  let unlock: () => void;
  if (options.locked) {
    if (!holdsLock(outDir)) throw new Error(`locked: this process does not hold the lock of ${outDir}`);
    unlock = () => undefined;
  } else {
    try {
      mkdirSync(outDir, { recursive: true });
    } catch (error) {
      throw asFileError(error, outDir, "write");
    }
    unlock = lockOutputDir(outDir);
  }
  let manifest: Manifest;
  try {
    // Only under the lock: a second batch never removes the first one's temporary files.
    removeStaleTemps(outDir, isBatchFile);
    manifest = Manifest.open(outDir);
  } catch (error) {
    unlock();
    throw error;
  }
  const namer = new OutputNamer(format);
  for (const entry of manifest.all()) namer.remember(entry.key, entry.output);

  const jobs = options.jobs ?? defaultJobs();
  const read = { maxBytes: limitsWith(options.limits).maxInputBytes, defaults: options.defaults ?? {} };
  const total = Array.isArray(inputs) ? inputs.length : options.total;
  let pool: RecyclingPool<RenderTask, TaskOutcome> | undefined;
  const tally = new Tally();
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    running--;
    waiting.shift()?.();
  };

  const handle = async (input: BatchInput, index: number): Promise<BatchResult> => {
    const started = performance.now();
    const prepared = prepare(input, index, read);
    const elapsed = () => performance.now() - started;
    if ("error" in prepared) return { index, input: prepared.label, status: "failed", ms: elapsed(), warnings: [], error: prepared.error };
    const known = options.resume ? manifest.get(prepared.key, format) : undefined;

    let output: string;
    try {
      output = insideDir(outDir, namer.claim(prepared.key, prepared.stem));
    } catch (error) {
      return { index, input: prepared.label, status: "failed", ms: elapsed(), warnings: [], error: describeError(error) };
    }
    if (options.stopNow?.aborted) return { index, input: prepared.label, status: "failed", ms: elapsed(), warnings: [], error: STOPPED_NOW };
    pool ??= new RecyclingPool<RenderTask, TaskOutcome>(jobs, options.workerFile ?? defaultWorkerFile(), options.recycleAfter);
    // At most one task per worker is given to the pool, so that a task's clock starts when a
    // worker takes it, not while it waits behind a slow one.
    while (running >= jobs) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    if (options.stopNow?.aborted) {
      release();
      return { index, input: prepared.label, status: "failed", ms: elapsed(), warnings: [], error: STOPPED_NOW };
    }
    let outcome;
    // A stuck input (a worker still busy after documentTimeoutMs) is stopped: piscina terminates
    // the thread running it when the task's signal aborts, and starts another.
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), limits.documentTimeoutMs);
    try {
      const signal = options.stopNow ? AbortSignal.any([timeout.signal, options.stopNow]) : timeout.signal;
      outcome = await pool.run(
        {
          source: prepared.source,
          output,
          format,
          ...(options.preset ? { preset: options.preset } : {}),
          ...(options.profile ? { profile: options.profile } : {}),
          ...(layouts ? { layouts } : {}),
          ...(options.limits ? { limits: options.limits } : {}),
          profilesKey: profiles,
          ...(known ? { resumeFrom: { hash: known.hash, output: join(outDir, known.output) } } : {}),
          ...(options.ocr ? { ocr: options.ocr } : {}),
        },
        { signal },
      );
    } catch (error) {
      removeStaleTemps(outDir, (target) => isTempFor(target, basename(output)));
      const reason = options.stopNow?.aborted
        ? STOPPED_NOW
        : timeout.signal.aborted
          ? timedOut(limits.documentTimeoutMs)
          : `worker: ${describeError(error)}`; // the worker died (out of memory, a crash); the pool replaces it
      return { index, input: prepared.label, status: "failed", ms: elapsed(), warnings: [], error: reason };
    } finally {
      clearTimeout(timer);
      release();
    }
    const ocrMs = outcome.status !== "skipped" && outcome.ocrMs !== undefined ? { ocrMs: outcome.ocrMs } : {};
    if (outcome.status === "failed") return { index, input: prepared.label, status: "failed", ms: outcome.ms, ...ocrMs, warnings: outcome.warnings, error: outcome.error };
    // A DOCX has no page count (Word lays it out): no "pages" then.
    const pages = (n: number | undefined) => (n !== undefined ? { pages: n } : {});
    if (outcome.status === "skipped") {
      // Skipped only when resumeFrom (known) was given.
      return { index, input: prepared.label, status: "skipped", output, ...pages(known?.pages), ms: elapsed(), warnings: [], error: ALREADY_DONE };
    }
    manifest.record({ key: prepared.key, hash: outcome.hash, output: output.slice(outDir.length + 1), format, ...pages(outcome.pages) });
    return { index, input: prepared.label, status: "ok", output, ...pages(outcome.pages), ms: outcome.ms, ...ocrMs, warnings: outcome.warnings };
  };

  // Whatever one input does, it fails alone: an unexpected throw anywhere in its handling becomes its result.
  const handleSafely = async (input: BatchInput, index: number): Promise<BatchResult> => {
    const started = performance.now();
    try {
      return await handle(input, index);
    } catch (error) {
      const label = typeof input === "string" ? input : "path" in input ? String(input.path) : `#${index + 1}`;
      return { index, input: label, status: "failed", ms: performance.now() - started, warnings: [], error: describeError(error) };
    }
  };

  // Stopping at once terminates the workers now; each task in progress then fails (STOPPED_NOW).
  const stopWorkers = () => void pool?.destroy().catch(() => undefined);
  options.stopNow?.addEventListener("abort", stopWorkers, { once: true });

  const iterator =
    Symbol.asyncIterator in inputs
      ? (inputs as AsyncIterable<BatchInput>)[Symbol.asyncIterator]()
      : (inputs as Iterable<BatchInput>)[Symbol.iterator]();
  const readAhead = jobs * 2;
  const inFlight = new Map<number, Promise<{ id: number; result: BatchResult }>>();
  let index = 0;
  let exhausted = false;

  try {
    for (;;) {
      while (!exhausted && !options.signal?.aborted && !options.stopNow?.aborted && inFlight.size < readAhead) {
        const next = await iterator.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        const id = index++;
        inFlight.set(id, handleSafely(next.value, id).then((result) => ({ id, result })));
      }
      if (inFlight.size === 0) break;
      const { id, result } = await Promise.race(inFlight.values());
      inFlight.delete(id);
      tally.add(result);
      options.onProgress?.(tally.progress(result, inFlight.size, total));
      yield result;
    }
  } finally {
    // Stopped early (abort, or the caller stopped reading): what was started still finishes,
    // so that every output is whole and in the manifest; stopped at once, it fails.
    await Promise.allSettled(inFlight.values());
    if (!exhausted) await iterator.return?.();
    try {
      options.stopNow?.removeEventListener("abort", stopWorkers);
      await pool?.destroy();
      manifest.close();
      // Every worker is gone and the lock still held: a temporary file left now is ours
      // (a worker stopped half-way through writing), never another batch's.
      removeStaleTemps(outDir, isBatchFile);
    } finally {
      unlock();
    }
  }
}
