// A path input turned into what the batch renders, in the worker: reading, detecting the type and
// decoding are per-document work, so they run beside the rendering, not on the pool's main thread.
import { readFileBytes } from "../util/text-file.js";
import { decodeBytes } from "../readers/decode/decode-bytes.js";
import { detectType } from "../readers/registry.js";
import type { ImportDefaults } from "./types.js";
import type { TaskSource } from "./task.js";

export async function readSource(path: string, maxBytes: number, defaults: ImportDefaults): Promise<Exclude<TaskSource, { format: "path" }>> {
  // Regular files only, at most maxBytes: a FIFO or /dev/zero among the inputs fails alone.
  const bytes = await readFileBytes(path, { maxBytes });
  const type = detectType(bytes, path);
  if (type === "json") return { format: "json", text: decodeBytes(bytes).text, path };
  return { format: "file", type, bytes, defaults };
}
