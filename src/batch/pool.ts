import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { packageRoot } from "../util/package-root.js";
import type { RenderTask, TaskOutcome } from "./task.js";

/**
 * A compiled worker module. Worker threads run JavaScript, so from dist/ it is the sibling .js
 * file; when the caller runs from src/ (tests), it is the build in dist/src/<folder>/.
 */
export function compiledWorkerFile(sibling: URL, folder: string): string {
  const file = fileURLToPath(sibling);
  if (existsSync(file)) return file;
  const built = join(packageRoot(), "dist", "src", folder, "worker.js");
  if (existsSync(built)) return built;
  throw new Error(`Không tìm thấy worker đã biên dịch / compiled worker not found (${built}); run "npm run build"`);
}

export function defaultWorkerFile(): string {
  return compiledWorkerFile(new URL("./worker.js", import.meta.url), "batch");
}

export { defaultJobs } from "./parallelism.js";


/**
 * Each worker's JavaScript heap, in MB (old generation). A bound on what one document may take,
 * and what keeps memory flat: with V8's default (about 4.3 GB here) a worker collects its old
 * generation so rarely that dead objects pile up by ~2 KB a document (RSS rising in a straight
 * line over 16,000 documents); with any cap up to 1 GB it collects at ~30 MB. The largest
 * document the limits let in (2,000 pages) peaks at ~150 MB. A document that needs more fails
 * with an error naming it, and the pool replaces the worker.
 */
export const WORKER_HEAP_MB = 1024;
/** The smallest heap a worker starts with (fonts, code); a smaller cap is refused. */
export const MIN_WORKER_HEAP_MB = 32;

/** One worker per job, started together and kept for the whole batch (or renderer, or server). */
export function createPool<Task = RenderTask, Outcome = TaskOutcome>(jobs: number, workerFile = defaultWorkerFile(), heapMb = WORKER_HEAP_MB): Piscina<Task, Outcome> {
  if (!Number.isInteger(jobs) || jobs < 1) throw new RangeError(`--jobs phải là số nguyên ≥ 1 / --jobs must be a whole number ≥ 1 (got ${jobs})`);
  // Below this a worker cannot even load its fonts, and would die before taking its first job.
  if (!Number.isInteger(heapMb) || heapMb < MIN_WORKER_HEAP_MB) {
    throw new RangeError(`workerHeapMb phải là số nguyên ≥ ${MIN_WORKER_HEAP_MB} / workerHeapMb must be a whole number ≥ ${MIN_WORKER_HEAP_MB} (got ${heapMb})`);
  }
  const pool = new Piscina<Task, Outcome>({
    filename: workerFile,
    minThreads: jobs,
    maxThreads: jobs,
    concurrentTasksPerWorker: 1,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
  });
  // A worker that fails outside a job (while starting) is reported by piscina as an 'error' event,
  // which unheard would end the process; it becomes a warning, and the waiting jobs time out.
  pool.on("error", (error: unknown) => process.emitWarning(error instanceof Error ? error : String(error), "VanbanWorkerError"));
  return pool;
}

/** Jobs per worker after which a pool's workers are replaced by default (see RecyclingPool). */
export const RECYCLE_AFTER = 5_000;

/**
 * A pool whose workers are replaced by fresh ones after `recycleAfter` jobs per worker; the old
 * pool finishes the jobs it has and stops. Why: a fresh thread starts clean, so whatever a worker
 * might keep (a leak in a dependency, native memory) is bounded by one cycle. The steady growth
 * first blamed on native memory was V8 postponing collection under its default heap limit, which
 * WORKER_HEAP_MB now bounds; recycling stays as the second line.
 */
export class RecyclingPool<Task, Outcome> {
  private pool: Piscina<Task, Outcome>;
  private readonly jobsPerPool: number;
  /** Jobs given to the current pool. */
  private given = 0;
  /**
   * The jobs not yet settled, per pool: the current pool's, and those of the pools replaced, each
   * of which closes once its own last job has settled (so every pool here but the current one is
   * retiring).
   */
  private readonly unsettled = new Map<Piscina<Task, Outcome>, Set<Promise<void>>>();
  /** Retired pools closing. */
  private readonly closing = new Set<Promise<void>>();
  private replaced = 0;
  private closed = false;

  constructor(
    private readonly jobs: number,
    private readonly workerFile: string,
    recycleAfter = RECYCLE_AFTER,
    /** Each worker's heap (old generation) in MB. */
    private readonly heapMb = WORKER_HEAP_MB,
  ) {
    if (!Number.isInteger(recycleAfter) || recycleAfter < 1) throw new RangeError(`recycleAfter phải là số nguyên ≥ 1 / recycleAfter must be a whole number ≥ 1 (got ${recycleAfter})`);
    this.jobsPerPool = recycleAfter * jobs;
    this.pool = createPool<Task, Outcome>(jobs, workerFile, heapMb);
  }

  /** How many times the workers were replaced. */
  get recycled(): number {
    return this.replaced;
  }

  /** Jobs waiting for a worker, in every pool. */
  get queueSize(): number {
    let queued = this.pool.queueSize;
    for (const pool of this.unsettled.keys()) if (pool !== this.pool) queued += pool.queueSize;
    return queued;
  }

  /**
   * Runs a job: after jobsPerPool jobs on a fresh pool, while the old one finishes the jobs it was
   * given and then stops. The old pool is closed only once its last job has settled: piscina's
   * close() waits for the running jobs but fails those still queued ("Terminating worker thread":
   * 16 of 1,000 renders with a pool replaced every 40).
   */
  run(task: Task, options?: Parameters<Piscina<Task, Outcome>["run"]>[1]): Promise<Outcome> {
    // piscina itself takes jobs again after close(), on a fresh thread nobody would stop.
    if (this.closed) return Promise.reject(new Error("Bể worker đã đóng / the worker pool is closed"));
    if (this.given >= this.jobsPerPool) this.replace();
    this.given++;
    const pool = this.pool;
    let jobs = this.unsettled.get(pool);
    if (!jobs) this.unsettled.set(pool, (jobs = new Set()));
    const job = pool.run(task, options);
    const settled = (): void => {
      jobs.delete(done);
      if (jobs.size > 0) return;
      this.unsettled.delete(pool);
      if (pool !== this.pool) this.stop(pool);
    };
    const done: Promise<void> = job.then(settled, settled);
    jobs.add(done);
    return job;
  }

  private replace(): void {
    const old = this.pool;
    this.pool = createPool<Task, Outcome>(this.jobs, this.workerFile, this.heapMb);
    this.given = 0;
    this.replaced++;
    if (!this.unsettled.has(old)) this.stop(old); // else when its last job settles
  }

  private stop(pool: Piscina<Task, Outcome>): void {
    // A pool that fails to stop has no caller left to tell; its jobs have settled either way.
    const closing: Promise<void> = pool
      .close()
      .catch(() => undefined)
      .finally(() => this.closing.delete(closing));
    this.closing.add(closing);
  }

  /** Waits for every job given (queued ones too), then stops every worker. */
  async close(): Promise<void> {
    this.closed = true;
    while (this.unsettled.size > 0) await Promise.all([...this.unsettled.values()].flatMap((jobs) => [...jobs]));
    await Promise.all([this.pool.close(), ...this.closing]);
  }

  /** Stops every worker now; running and queued jobs fail. */
  async destroy(): Promise<void> {
    this.closed = true;
    const retiring = [...this.unsettled.keys()].filter((pool) => pool !== this.pool);
    await Promise.all([this.pool.destroy(), ...retiring.map((pool) => pool.destroy()), ...this.closing]);
  }
}
