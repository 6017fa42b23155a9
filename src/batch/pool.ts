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

export type RenderPool = Piscina<RenderTask, TaskOutcome>;

/** One worker per job, started together and kept for the whole batch (or renderer, or server). */
export function createPool<Task = RenderTask, Outcome = TaskOutcome>(jobs: number, workerFile = defaultWorkerFile()): Piscina<Task, Outcome> {
  if (!Number.isInteger(jobs) || jobs < 1) throw new RangeError(`--jobs phải là số nguyên ≥ 1 / --jobs must be a whole number ≥ 1 (got ${jobs})`);
  return new Piscina<Task, Outcome>({
    filename: workerFile,
    minThreads: jobs,
    maxThreads: jobs,
    concurrentTasksPerWorker: 1,
    idleTimeout: 60_000,
  });
}
