// Workers are replaced after recycleAfter inputs each (a fresh thread starts clean); a batch across several replacements still renders every input, once, whole.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { createPool, defaultWorkerFile, RecyclingPool, WORKER_HEAP_MB } from "../../src/batch/pool.js";
import { renderBatch } from "../../src/batch/render-batch.js";
import type { BatchResult } from "../../src/batch/types.js";

const fixture = fileURLToPath(new URL("./fixtures/heap-limit-worker.mjs", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "vanban-recycle-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const example = JSON.parse(readFileSync(new URL("../../examples/nd30-cong-van.json", import.meta.url), "utf8")) as Record<string, unknown>;

describe("recycled workers", () => {
  test("a pool is replaced after recycleAfter × workers jobs; jobs queued on the old pool still run (piscina's close() failed them)", async () => {
    const pool = new RecyclingPool<number, number>(2, fixture, 3);
    // 60 jobs of 2–8 ms at once on 2 workers: some wait in a queue when their pool is replaced
    // (every 6 jobs). The old RecyclingPool lost 8 of them.
    const results = await Promise.allSettled(Array.from({ length: 60 }, (_, i) => pool.run(2 + (i % 3) * 3)));
    expect(results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
    expect(pool.recycled).toBe(9);
    await pool.close();
    expect(() => new RecyclingPool(1, defaultWorkerFile(), 0)).toThrow(/recycleAfter/);
  });

  test("close() waits for queued jobs too, then stops the workers", async () => {
    const pool = new RecyclingPool<number, number>(2, fixture, 1000);
    const jobs = Array.from({ length: 12 }, (_, i) => pool.run(2 + (i % 3) * 3));
    await pool.close();
    const results = await Promise.allSettled(jobs);
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
  });

  test("every pool worker's heap is capped at WORKER_HEAP_MB (V8's default, ~4 GB, let dead objects pile up)", async () => {
    const pool = createPool<number, number>(1, fixture);
    try {
      const limit = await pool.run(0);
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
