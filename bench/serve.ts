// npm run bench:serve      the HTTP service on loopback: 8 clients against 1 and 2 workers
//                          (requests/s, p50/p99), then 10,000 requests with the server's RSS sampled.
// Options: --seconds N (default 15 per run), --requests N (default 10000), --connections N (default 8),
//          --memory-only (skip the 1 vs 2 workers runs), --reverse (2 workers first)
// The server runs as `vanban serve` in a child process (its memory is its own); autocannon runs here.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { packageRoot } from "../src/util/package-root.js";

const argv = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const SECONDS = option("--seconds", 15);
const REQUESTS = option("--requests", 10_000);
const CONNECTIONS = option("--connections", 8);
/** --reverse runs 2 workers first, to tell an order effect (machine load drifting) from the pool's. */
const WORKER_COUNTS = argv.includes("--reverse") ? [2, 1] : [1, 2];

const root = packageRoot();
const body = readFileSync(join(root, "examples", "nd30-huong-dan.json"), "utf8");
const load = (): string => `load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`;

interface Server {
  child: ChildProcess;
  url: string;
}

/** `vanban serve --port 0` in a child process; resolves with the address it prints. */
function serve(workers: number): Promise<Server> {
  const child = spawn(process.execPath, [join(root, "bin", "vanban.js"), "serve", "--port", "0", "--workers", String(workers), "--quiet"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let err = "";
    child.stderr!.on("data", (d: Buffer) => {
      err += d.toString();
      const url = /vanban serve: (http:\/\/127\.0\.0\.1:\d+)/.exec(err)?.[1];
      if (url) resolve({ child, url });
    });
    child.once("exit", (code) => reject(new Error(`vanban serve exited (${code}): ${err}`)));
  });
}

async function stop(server: Server): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => server.child.once("exit", resolve));
  server.child.kill("SIGTERM");
  return exited;
}

/** The server's resident memory (Linux /proc), in MB. */
function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return Number(kb) / 1024;
}

const run = (url: string, options: Partial<autocannon.Options>) =>
  autocannon({ url: `${url}/render`, method: "POST", headers: { "content-type": "application/json" }, body, connections: CONNECTIONS, ...options });

async function throughput(): Promise<void> {
  process.stdout.write(`\n# POST /render (nd30-huong-dan.json), ${CONNECTIONS} clients, ${SECONDS} s per run after a warm-up; ${load()}\n`);
  const rates: number[] = [];
  for (const workers of WORKER_COUNTS) {
    const server = await serve(workers);
    await run(server.url, { duration: 5 }); // warm-up: fonts parsed and code optimised in every worker
    const r = await run(server.url, { duration: SECONDS });
    rates[workers - 1] = r.requests.average;
    process.stdout.write(
      `  ${workers} worker(s): ${r.requests.average.toFixed(1)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ${r.non2xx} non-2xx, ${r.errors} errors\n`,
    );
    await stop(server);
  }
  process.stdout.write(`  2 workers / 1 worker: ${(rates[1]! / rates[0]!).toFixed(2)}× (${load()})\n`);
}

async function tenThousand(): Promise<void> {
  process.stdout.write(`\n# ${REQUESTS} requests to one server (2 workers), ${CONNECTIONS} clients, RSS sampled every second\n`);
  const server = await serve(2);
  const pid = server.child.pid!;
  const samples: number[] = [rssMb(pid)];
  const timer = setInterval(() => samples.push(rssMb(pid)), 1000);
  const started = performance.now();
  const r = await run(server.url, { amount: REQUESTS, timeout: 60 });
  clearInterval(timer);
  samples.push(rssMb(pid));
  const seconds = (performance.now() - started) / 1000;
  const tenth = Math.max(1, Math.floor(samples.length / 10));
  const early = Math.max(...samples.slice(tenth, 2 * tenth));
  const late = Math.max(...samples.slice(-tenth));
  process.stdout.write(`  ${r["2xx"]} PDFs, ${r.non2xx} non-2xx, ${r.errors} errors in ${seconds.toFixed(0)} s (${(r["2xx"] / seconds).toFixed(1)} req/s), p99 ${r.latency.p99} ms\n`);
  const tenths = Array.from({ length: 10 }, (_, i) => Math.max(...samples.slice(i * tenth, (i + 1) * tenth + 1)).toFixed(0));
  process.stdout.write(`  server RSS by tenth of the run (MB): ${tenths.join(" ")}\n`);
  process.stdout.write(`  server RSS: start ${samples[0]!.toFixed(0)} MB, after 10-20 % ${early.toFixed(0)} MB, last 10 % ${late.toFixed(0)} MB, peak ${Math.max(...samples).toFixed(0)} MB\n`);
  const code = await stop(server);
  process.stdout.write(`  SIGTERM: exit code ${code} (graceful)\n`);
}

if (!argv.includes("--memory-only")) await throughput();
await tenThousand();
