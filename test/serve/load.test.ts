// A short load test on loopback (a few seconds; the long run with 1 vs 2 workers and 10,000
// requests is bench/serve.ts): 8 concurrent clients all get PDFs, and the event loop stays free
// while the workers render, which is what lets more workers serve more requests.
import autocannon from "autocannon";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startServer, type RunningServer } from "../../src/serve/start.js";
import { exampleText } from "./support.js";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0, workers: 2 });
  // Both workers loaded (fonts parsed) before the clock starts.
  await Promise.all([1, 2, 3, 4].map(() => fetch(`${server.url}/render`, { method: "POST", headers: { "content-type": "application/json" }, body: exampleText }).then((r) => r.arrayBuffer())));
});
afterAll(async () => {
  await server.close();
});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe("vanban serve under load (loopback, 3 s)", () => {
  test("8 concurrent clients: every request a PDF; /healthz answers faster than a render meanwhile", async () => {
    let loading = true;
    const health: number[] = [];
    const probe = (async () => {
      while (loading) {
        const t = performance.now();
        await (await fetch(`${server.url}/healthz`)).json();
        health.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const result = await autocannon({
      url: `${server.url}/render`,
      method: "POST",
      headers: { "content-type": "application/json" },
      body: exampleText,
      connections: 8,
      duration: 3,
    });
    loading = false;
    await probe;
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result.non2xx).toBe(0);
    expect(result["2xx"]).toBeGreaterThanOrEqual(8);
    // Rendering never runs on the event loop: a health probe waits for no render.
    expect(median(health)).toBeLessThan(result.latency.p50);
    process.stdout.write(`load: ${result["2xx"]} PDFs in 3 s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms; /healthz median ${median(health).toFixed(1)} ms\n`);
  });
});
