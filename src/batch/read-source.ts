// A path input turned into what the batch renders, in the worker: reading, detecting the type and
// decoding are per-document work, so they run beside the rendering, not on the pool's main thread.
import { readInputSync } from "../util/read-input.js";
import { decodeBytes } from "../readers/decode/decode-bytes.js";
import { detectType } from "../readers/registry.js";
import type { ImportDefaults } from "./types.js";
import type { TaskSource } from "./task.js";

export function readSource(path: string, maxBytes: number, defaults: ImportDefaults): Exclude<TaskSource, { format: "path" }> {
  // Regular files only, at most maxBytes: a FIFO or /dev/zero among the inputs fails alone.
  // Synchronous on purpose: the worker's own thread, cheaper than hops through libuv's shared pool.
  const bytes = readInputSync(path, { maxBytes });
  const type = detectType(bytes, path);
  if (type === "json") return { format: "json", text: decodeBytes(bytes).text, path };
  return { format: "file", type, bytes, defaults };
}
