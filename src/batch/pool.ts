import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { packageRoot } from "../util/package-root.js";
import type { RenderTask, TaskOutcome } from "./task.js";

/**
 * The compiled worker module. Worker threads run JavaScript, so from dist/ it is the sibling
 * worker.js; when this module runs from src/ (tests), it is the build in dist/.
 */
export function defaultWorkerFile(): string {
  const sibling = fileURLToPath(new URL("./worker.js", import.meta.url));
  if (existsSync(sibling)) return sibling;
  const built = join(packageRoot(), "dist", "src", "batch", "worker.js");
  if (existsSync(built)) return built;
  throw new Error(`Không tìm thấy worker đã biên dịch / compiled batch worker not found (${built}); run "npm run build"`);
}

export function defaultJobs(): number {
  return availableParallelism();
}

export type RenderPool = Piscina<RenderTask, TaskOutcome>;

/** One worker per job, started together and kept for the whole batch. */
export function createPool(jobs: number, workerFile = defaultWorkerFile()): RenderPool {
  if (!Number.isInteger(jobs) || jobs < 1) throw new RangeError(`--jobs phải là số nguyên ≥ 1 / --jobs must be a whole number ≥ 1 (got ${jobs})`);
  return new Piscina<RenderTask, TaskOutcome>({
    filename: workerFile,
    minThreads: jobs,
    maxThreads: jobs,
    concurrentTasksPerWorker: 1,
    idleTimeout: 60_000,
  });
}
