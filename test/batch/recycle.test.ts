// Workers are replaced after recycleAfter inputs each (a fresh thread starts clean); a batch across several replacements still renders every input, once, whole.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { createPool, defaultWorkerFile, RecyclingPool, WORKER_HEAP_MB } from "../../src/batch/pool.js";
import { renderBatch } from "../../src/batch/render-batch.js";
import type { BatchResult } from "../../src/batch/types.js";

const dir = mkdtempSync(join(tmpdir(), "vanban-recycle-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const example = JSON.parse(readFileSync(new URL("../../examples/nd30-cong-van.json", import.meta.url), "utf8")) as Record<string, unknown>;

describe("recycled workers", () => {
  test("a pool is replaced after recycleAfter × workers jobs, and the old one closes", async () => {
    const pool = new RecyclingPool(1, defaultWorkerFile(), 2);
    const first = pool.forJob();
    expect(pool.forJob()).toBe(first);
    const third = pool.forJob();
    expect(third).not.toBe(first);
    expect(pool.recycled).toBe(1);
    await pool.close();
    expect(() => new RecyclingPool(1, defaultWorkerFile(), 0)).toThrow(/recycleAfter/);
  });

  test("every pool worker's heap is capped at WORKER_HEAP_MB (V8's default, ~4 GB, let dead objects pile up)", async () => {
    const pool = createPool<undefined, number>(1, fileURLToPath(new URL("./fixtures/heap-limit-worker.mjs", import.meta.url)));
    try {
      const limit = await pool.run(undefined);
      expect(limit).toBeGreaterThanOrEqual(WORKER_HEAP_MB);
      expect(limit).toBeLessThan(WORKER_HEAP_MB + 256); // the old generation's cap plus the young generation
    } finally {
      await pool.destroy();
    }
  });

  test("a batch whose workers are replaced after every 2 inputs renders all 7, each once", async () => {
    const inputs = Array.from({ length: 7 }, (_, i) => ({ document: { ...example, number: 10 + i }, name: `doc-${i}` }));
    const results: BatchResult[] = [];
    for await (const r of renderBatch(inputs, { outDir: join(dir, "out"), jobs: 1, recycleAfter: 2 })) results.push(r);
    expect(results.map((r) => r.error ?? r.status)).toEqual(Array(7).fill("ok"));
    expect(new Set(results.map((r) => r.output)).size).toBe(7);
    for (const r of results) expect(readFileSync(r.output!).subarray(0, 5).toString()).toBe("%PDF-");
  });
});
