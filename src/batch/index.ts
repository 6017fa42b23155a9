// Many documents at once: a worker pool, progress, atomic writes, a manifest for --resume.
export { renderBatch } from "./render-batch.js";
export { collectInputs } from "./inputs.js";
export { BatchReport } from "./report.js";
export { defaultJobs } from "./parallelism.js";
export type { BatchInput, BatchOptions, BatchProgress, BatchResult, BatchStatus, ImportDefaults } from "./types.js";
