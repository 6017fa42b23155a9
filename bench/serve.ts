// npm run bench:serve      the HTTP service on loopback, each section a bounded run that stops by itself:
//   ceiling     the same render loop with no server in 1 vs 2 processes: the scaling this machine allows
//   throughput  8 clients against 1 and 2 workers: requests/s, p50/p99, and where the CPU went
//               (server main thread, worker threads, the rest of the server, the load generator)
//   memory      25,000 requests to one server (2 workers), its RSS sampled every second
// Options: --seconds N (default 15 per run), --requests N (default 25000), --connections N (default 8),
//          --only ceiling,throughput,memory, --reverse (2 workers first), --documents example|seeds
//          (the one-page example nd30-huong-dan.json, the default, or the five real seeds in turn:
//          1–4 pages, what a union's system sends), --autocannon (autocannon as
//          the load generator instead of the minimal client in bench/serve/client.ts)
// The server runs as `vanban serve` in a child process (its memory and CPU are its own).
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { packageRoot } from "../src/util/package-root.js";
import { load, percentile } from "./serve/client.js";
import { flag, numberOption, onlySections, stringOption } from "./args.js";
import { seedFiles } from "./corpus.js";

const SECONDS = numberOption("--seconds", 15);
const REQUESTS = numberOption("--requests", 25_000);
const CONNECTIONS = numberOption("--connections", 8);
const only = onlySections() ?? new Set(["ceiling", "throughput", "memory"]);
/** --reverse runs 2 workers first, to tell an order effect (machine load drifting) from the pool's. */
const WORKER_COUNTS = flag("--reverse") ? [2, 1] : [1, 2];
const AUTOCANNON = flag("--autocannon");

const root = packageRoot();
const DOCUMENTS = stringOption("--documents") ?? "example";
if (DOCUMENTS !== "example" && DOCUMENTS !== "seeds") throw new Error(`--documents: example or seeds (got ${DOCUMENTS})`);
const documentFiles =
  DOCUMENTS === "seeds"
    ? seedFiles()
    : [join(root, "examples", "nd30-huong-dan.json")];
const bodies = documentFiles.map((f) => readFileSync(f));
if (AUTOCANNON && bodies.length > 1) throw new Error("--autocannon sends one body: use it with --documents example (the minimal client sends a mix)");
const documentsLabel = DOCUMENTS === "seeds" ? "the 5 seeds in turn" : "nd30-huong-dan.json";
const load1 = (): string => `load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`;
const out = (line: string) => process.stdout.write(`${line}\n`);

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

/** CPU seconds of each thread of a process (Linux /proc, utime + stime at 100 ticks/s), by thread id. */
function threadCpu(pid: number): Map<number, number> {
  const cpu = new Map<number, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const fields = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8").split(") ")[1]!.split(" ");
      cpu.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // a thread that ended meanwhile
    }
  }
  return cpu;
}

interface Run {
  rps: number;
  ok: number;
  failed: number;
  seconds: number;
  p50: number;
  p99: number;
  failures: { status: number; body: string }[];
}

/** The load of one run, by the minimal client or by autocannon. */
async function drive(url: string, bounds: { seconds?: number; requests?: number }): Promise<Run> {
  if (AUTOCANNON) {
    const r = await autocannon({
      url: `${url}/render`,
      method: "POST",
      headers: { "content-type": "application/json" },
      body: bodies[0]!,
      connections: CONNECTIONS,
      ...(bounds.seconds ? { duration: bounds.seconds } : { amount: bounds.requests!, timeout: 60 }),
    });
    return { rps: r.requests.average, ok: r["2xx"], failed: r.non2xx + r.errors, seconds: r.duration, p50: r.latency.p50, p99: r.latency.p99, failures: [] };
  }
  const r = await load({ url, path: "/render", headers: { "content-type": "application/json" }, body: bodies, connections: CONNECTIONS, ...bounds });
  return { rps: r.ok / r.seconds, ok: r.ok, failed: r.failed, seconds: r.seconds, p50: percentile(r.latencies, 50), p99: percentile(r.latencies, 99), failures: r.failures };
}

async function ceiling(): Promise<void> {
  out(`\n# ceiling: the worker's work (JSON bytes → PDF) in a loop, no server, ${SECONDS} s; 1 process, then 2 at once; ${load1()}`);
  const loop = (): Promise<number> =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [join(root, "dist", "bench", "serve", "render-loop.js"), String(SECONDS), ...documentFiles], { stdio: ["ignore", "pipe", "inherit"] });
      let text = "";
      child.stdout.on("data", (d: Buffer) => (text += d.toString()));
      child.once("exit", (code) => {
        const [renders, seconds] = text.trim().split(" ").map(Number);
        if (code !== 0 || !renders || !seconds) reject(new Error(`render loop failed (${code}): ${text}`));
        else resolve(renders / seconds);
      });
    });
  const one = await loop();
  const two = await Promise.all([loop(), loop()]);
  const both = two[0]! + two[1]!;
  out(`  1 process: ${one.toFixed(1)} renders/s; 2 processes: ${two.map((r) => r.toFixed(1)).join(" + ")} = ${both.toFixed(1)} renders/s`);
  out(`  ceiling 2 / 1: ${(both / one).toFixed(2)}× (${load1()})`);
}

async function throughput(): Promise<void> {
  const client = AUTOCANNON ? "autocannon" : "bench/serve/client.ts";
  out(`\n# POST /render (${documentsLabel}), ${CONNECTIONS} clients (${client}), ${SECONDS} s per run after a 5 s warm-up; ${load1()}`);
  const rates: number[] = [];
  for (const workers of WORKER_COUNTS) {
    const server = await serve(workers);
    const pid = server.child.pid!;
    await drive(server.url, { seconds: 5 }); // warm-up: fonts parsed and code optimised in every worker
    const before = threadCpu(pid);
    const clientBefore = process.cpuUsage();
    const r = await drive(server.url, { seconds: SECONDS });
    const clientCpu = process.cpuUsage(clientBefore);
    const after = threadCpu(pid);
    rates[workers - 1] = r.rps;
    // Per request, in ms of CPU: the main thread (HTTP, routing, copies), the busiest other threads
    // (the workers), the rest of the server (GC helpers, libuv), and the load generator.
    const used = [...after].map(([tid, s]) => ({ tid, s: s - (before.get(tid) ?? 0) }));
    const main = used.find((t) => t.tid === pid)?.s ?? 0;
    const others = used.filter((t) => t.tid !== pid).sort((a, b) => b.s - a.s);
    const workerCpu = others.slice(0, workers).reduce((a, t) => a + t.s, 0);
    const rest = others.slice(workers).reduce((a, t) => a + t.s, 0);
    const gen = (clientCpu.user + clientCpu.system) / 1e6;
    const total = main + workerCpu + rest + gen;
    const per = (s: number) => `${((s / r.ok) * 1000).toFixed(2)} ms`;
    const share = (s: number) => `${((s / total) * 100).toFixed(0)} %`;
    out(`  ${workers} worker(s): ${r.rps.toFixed(1)} req/s, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, ${r.failed} failed`);
    for (const f of r.failures) out(`    FAILED: HTTP ${f.status}: ${f.body}`);
    out(
      `    CPU per request: server main ${per(main)} (${share(main)}), workers ${per(workerCpu)} (${share(workerCpu)}), other server threads ${per(rest)} (${share(rest)}), load generator ${per(gen)} (${share(gen)}); ${(total / r.seconds).toFixed(2)} of 2 cores busy with these`,
    );
    await stop(server);
  }
  out(`  2 workers / 1 worker: ${(rates[1]! / rates[0]!).toFixed(2)}× (${load1()})`);
}

async function memory(): Promise<void> {
  out(`\n# ${REQUESTS} requests to one server (2 workers), ${CONNECTIONS} clients, RSS sampled every second; ${load1()}`);
  const server = await serve(2);
  const pid = server.child.pid!;
  const samples: number[] = [rssMb(pid)];
  const timer = setInterval(() => samples.push(rssMb(pid)), 1000);
  const r = await drive(server.url, { requests: REQUESTS });
  clearInterval(timer);
  samples.push(rssMb(pid));
  const tenth = Math.max(1, Math.floor(samples.length / 10));
  const early = Math.max(...samples.slice(tenth, 2 * tenth));
  const late = Math.max(...samples.slice(-tenth));
  out(`  ${r.ok} PDFs, ${r.failed} failed in ${r.seconds.toFixed(0)} s (${r.rps.toFixed(1)} req/s), p99 ${r.p99.toFixed(1)} ms`);
  for (const f of r.failures) out(`  FAILED: HTTP ${f.status}: ${f.body}`);
  const tenths = Array.from({ length: 10 }, (_, i) => Math.max(...samples.slice(i * tenth, (i + 1) * tenth + 1)).toFixed(0));
  out(`  server RSS by tenth of the run (MB): ${tenths.join(" ")}`);
  out(`  server RSS: start ${samples[0]!.toFixed(0)} MB, 2nd tenth ${early.toFixed(0)} MB, last tenth ${late.toFixed(0)} MB, peak ${Math.max(...samples).toFixed(0)} MB`);
  const code = await stop(server);
  out(`  SIGTERM: exit code ${code} (graceful); ${load1()}`);
}

if (only.has("ceiling")) await ceiling();
if (only.has("throughput")) await throughput();
if (only.has("memory")) await memory();
