import { availableParallelism } from "node:os";

/** One worker per core. Apart from pool.ts, so that the public types never load piscina's. */
export function defaultJobs(): number {
  return availableParallelism();
}
