// npm run bench            in-process engine vs stock pdfmake, 1 vs 2 workers
// npm run bench -- --big   also a 10,000-document batch with RSS sampled over time
// Options: --rounds N (default 10), --pool-docs N (default 1200), --pool-repeat N (default 3),
//          --big-docs N (default 10000), --keep,
//          --only a,b (sections: engine, typst, linearity, pool, big)
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import type { Document } from "../src/model/document.js";
import { renderPdfDetailed } from "../src/writers/pdf/index.js";
import { renderBatch } from "../src/batch/render-batch.js";
import type { BatchInput } from "../src/batch/types.js";
import { onePager, seeds, variants } from "./corpus.js";
import { renderStock } from "./stock.js";
import { flag, numberOption, onlySections } from "./args.js";

const ROUNDS = numberOption("--rounds", 10);
const POOL_DOCS = numberOption("--pool-docs", 1200);
/** 1- and 2-worker runs alternate this many times: this VM's speed drifts by ±10 % between runs, so one pair proves little. */
const POOL_REPEAT = numberOption("--pool-repeat", 3);
const BIG_DOCS = numberOption("--big-docs", 10_000);
const BIG = flag("--big");
const KEEP = flag("--keep");
const ONLY = onlySections();
const wanted = (section: string): boolean => !ONLY || ONLY.has(section);

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const f1 = (n: number): string => n.toFixed(1);
const peakRss = (): number => process.resourceUsage().maxRSS * 1024;
/**
 * CPU time of the main thread alone (ms), from /proc (Linux): what the pool's own bookkeeping costs,
 * which other work on the machine does not inflate as it does wall time. NaN elsewhere.
 */
function mainThreadCpuMs(): number {
  try {
    // Fields after the ")" of the command name: state is 3rd, utime 14th, stime 15th (man 5 proc).
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}
const CLOCK_TICKS = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;

/** Other work on the machine skews every number here; the load average says how much there was. */
const load = (): string => `load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`;

function line(label: string, value: string): void {
  process.stdout.write(`  ${label.padEnd(38)} ${value}\n`);
}

/** Least squares ms = fixed + perPage × pages over (pages, ms) points. */
function fit(points: [number, number][]): { fixed: number; perPage: number } {
  const n = points.length;
  const sx = points.reduce((s, [x]) => s + x, 0);
  const sy = points.reduce((s, [, y]) => s + y, 0);
  const sxx = points.reduce((s, [x]) => s + x * x, 0);
  const sxy = points.reduce((s, [x, y]) => s + x * y, 0);
  const perPage = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  return { fixed: (sy - perPage * sx) / n, perPage };
}

async function inProcess(): Promise<void> {
  const docs = seeds();
  const pages = docs.map(({ doc }) => renderPdfDetailed(doc).pages);
  process.stdout.write(`\n# One thread, in process: the five seeds (${pages.join(" + ")} = ${pages.reduce((a, b) => a + b)} pages), ${ROUNDS} rounds after 2 warm-up rounds\n`);
  for (let r = 0; r < 2; r++) for (const { doc } of docs) {
    await renderStock(doc);
    renderPdfDetailed(doc);
  }
  const stockMs = docs.map(() => 0);
  const oursMs = docs.map(() => 0);
  // Interleaved per document, so that load from elsewhere on the machine hits both alike.
  for (let r = 0; r < ROUNDS; r++) {
    for (const [i, { doc }] of docs.entries()) {
      let t = performance.now();
      await renderStock(doc);
      stockMs[i]! += performance.now() - t;
      t = performance.now();
      renderPdfDetailed(doc);
      oursMs[i]! += performance.now() - t;
    }
  }
  const n = docs.length * ROUNDS;
  const totalPages = pages.reduce((a, b) => a + b) * ROUNDS;
  const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
  const [stock, ours] = [sum(stockMs), sum(oursMs)];
  line("vanban engine: docs/s", `${f1((n * 1000) / ours)} (${f1(ours / n)} ms/doc)`);
  line("vanban engine: ms/page", f1(ours / totalPages));
  line("stock pdfmake: docs/s", `${f1((n * 1000) / stock)} (${f1(stock / n)} ms/doc)`);
  line("stock pdfmake: ms/page", f1(stock / totalPages));
  line("speed-up over stock (seeds)", `${(stock / ours).toFixed(2)}×`);
  const oursFit = fit(docs.map((_, i) => [pages[i]!, oursMs[i]! / ROUNDS]));
  const stockFit = fit(docs.map((_, i) => [pages[i]!, stockMs[i]! / ROUNDS]));
  line("fit ms = fixed + k·pages (vanban)", `${f1(oursFit.fixed)} + ${f1(oursFit.perPage)}·pages`);
  line("fit ms = fixed + k·pages (stock)", `${f1(stockFit.fixed)} + ${f1(stockFit.perPage)}·pages`);
  for (const [i, { name }] of docs.entries()) {
    line(`  ${name.slice(0, 24)} (${pages[i]} p)`, `vanban ${f1(oursMs[i]! / ROUNDS)} ms, stock ${f1(stockMs[i]! / ROUNDS)} ms`);
  }

  const one: Document = onePager();
  const onePages = renderPdfDetailed(one).pages;
  const reps = ROUNDS * 5;
  for (let r = 0; r < 3; r++) {
    await renderStock(one);
    renderPdfDetailed(one);
  }
  let oneStock = 0;
  let oneOurs = 0;
  for (let r = 0; r < reps; r++) {
    let t = performance.now();
    await renderStock(one);
    oneStock += performance.now() - t;
    t = performance.now();
    renderPdfDetailed(one);
    oneOurs += performance.now() - t;
  }
  line(`1-page document (${onePages} page): vanban`, `${f1(oneOurs / reps)} ms`);
  line(`1-page document (${onePages} page): stock`, `${f1(oneStock / reps)} ms (${(oneStock / oneOurs).toFixed(2)}× slower)`);
  line("peak RSS so far", mb(peakRss()));
  line("machine", load());
}

async function timedBatch(inputs: Iterable<BatchInput>, jobs: number, total: number, sample?: (done: number) => void) {
  const outDir = mkdtempSync(join(tmpdir(), "vanban-bench-"));
  const started = performance.now();
  const elu = performance.eventLoopUtilization();
  const cpu = process.cpuUsage();
  const mainCpu = mainThreadCpuMs();
  let steadyFrom: { t: number; done: number } | undefined;
  let done = 0;
  let failed = 0;
  let pages = 0;
  for await (const r of renderBatch(inputs, { outDir, jobs, total })) {
    done++;
    if (r.status === "failed") failed++;
    pages += r.pages ?? 0;
    // Steady state: the second half of the run. Until then the workers still load fonts and V8
    // still optimises (its compiler threads take a core's tenth for the first few hundred documents).
    if (total >= 4 && done === Math.floor(total / 2)) steadyFrom = { t: performance.now(), done };
    sample?.(done);
  }
  const ended = performance.now();
  const ms = ended - started;
  const mainThreadBusy = performance.eventLoopUtilization(elu).utilization;
  const used = process.cpuUsage(cpu);
  const mainMs = mainThreadCpuMs() - mainCpu;
  const allMs = (used.user + used.system) / 1000;
  // CPU time of the whole process (all threads) over wall time: the cores this run really got.
  const cores = (used.user + used.system) / 1000 / ms;
  if (!KEEP) rmSync(outDir, { recursive: true, force: true });
  // Up to the last result, not after the folder is removed (that is no part of the batch).
  const steady = steadyFrom && ended > steadyFrom.t ? ((done - steadyFrom.done) * 1000) / (ended - steadyFrom.t) : (done * 1000) / ms;
  return { ms, done, failed, pages, rate: (done * 1000) / ms, steady, outDir, mainThreadBusy, cores, mainMsPerDoc: mainMs / done, workerMsPerDoc: (allMs - mainMs) / done };
}

function* repeatSeeds(count: number): Generator<BatchInput> {
  const docs = seeds();
  for (let i = 0; i < count; i++) yield { document: docs[i % docs.length]!.doc, name: `seed-${i}` };
}

/** The seeds as files, as `vanban batch` reads them: each path repeated under its own name. */
function seedFiles(count: number): { paths: string[]; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), "vanban-bench-in-"));
  const docs = seeds();
  const paths = Array.from({ length: count }, (_, i) => join(dir, `seed-${i}.json`));
  for (const [i, path] of paths.entries()) writeFileSync(path, JSON.stringify(docs[i % docs.length]!.doc));
  return { paths, dir };
}

const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const ratios = (xs: readonly number[]): string => `${xs.map((r) => r.toFixed(2)).join(", ")} → median ${median(xs).toFixed(2)}×`;

/**
 * The render alone in a loop on 1, then 2 threads at once (no pool, no files), alternated
 * POOL_REPEAT times: the scaling the machine allows. Each thread warms up for 2 s first.
 */
async function threadCeiling(): Promise<number> {
  const loop = new URL("./render-loop-thread.js", import.meta.url);
  const rates = async (n: number) => {
    const all = await Promise.all(Array.from({ length: n }, () => new Promise<number>((resolve, reject) => {
      const worker = new Worker(loop, { workerData: { seconds: 5, warmSeconds: 2 } });
      worker.once("message", (rate: number) => resolve(rate));
      worker.once("error", reject);
    })));
    return all.reduce((a, b) => a + b, 0);
  };
  const runs: { one: number; two: number }[] = [];
  for (let r = 0; r < POOL_REPEAT; r++) runs.push({ one: await rates(1), two: await rates(2) });
  process.stdout.write(`\n# Ceiling: the seeds rendered in a loop (renderPdfDetailed, no pool, no files), 1 thread then 2 at once, 2 s warm-up + 5 s, ${POOL_REPEAT} times\n`);
  line("1 thread / 2 threads (docs/s)", runs.map((r) => `${f1(r.one)} / ${f1(r.two)}`).join("; "));
  const ceiling = median(runs.map((r) => r.two / r.one));
  line("2 threads vs 1", ratios(runs.map((r) => r.two / r.one)));
  line("machine", load());
  return ceiling;
}

async function workers(): Promise<void> {
  const ceiling = await threadCeiling();
  const files = seedFiles(POOL_DOCS);
  try {
    await poolRun("documents given as data (library)", () => repeatSeeds(POOL_DOCS), ceiling);
    await poolRun("paths to .json files (as `vanban batch`)", () => files.paths, ceiling);
  } finally {
    rmSync(files.dir, { recursive: true, force: true });
  }
}

async function poolRun(what: string, inputs: () => Iterable<BatchInput>, ceiling: number): Promise<void> {
  process.stdout.write(`\n# Worker pool (piscina): ${POOL_DOCS} documents (the seeds, repeated), ${what}, written to a temp folder; ${availableParallelism()} cores; 1 then 2 workers, ${POOL_REPEAT} times\n`);
  const runs: { one: Awaited<ReturnType<typeof timedBatch>>; two: Awaited<ReturnType<typeof timedBatch>> }[] = [];
  for (let r = 0; r < POOL_REPEAT; r++) runs.push({ one: await timedBatch(inputs(), 1, POOL_DOCS), two: await timedBatch(inputs(), 2, POOL_DOCS) });
  line("1 worker (docs/s overall / steady)", runs.map((r) => `${f1(r.one.rate)} / ${f1(r.one.steady)}`).join("; "));
  line("2 workers (docs/s overall / steady)", runs.map((r) => `${f1(r.two.rate)} / ${f1(r.two.steady)}`).join("; "));
  line("2 workers vs 1, overall", ratios(runs.map((r) => r.two.rate / r.one.rate)));
  const steady = runs.map((r) => r.two.steady / r.one.steady);
  line("2 workers vs 1, steady (2nd half)", ratios(steady));
  line("steady vs the machine's ceiling", `${((median(steady) / ceiling) * 100).toFixed(0)} % of ${ceiling.toFixed(2)}×`);
  // The CPU lines from the run whose steady ratio is the median one.
  const { one, two } = runs[steady.indexOf([...steady].sort((a, b) => a - b)[steady.length >> 1]!)]!;
  line("main thread busy (1 / 2 workers)", `${f1(one.mainThreadBusy * 100)} % / ${f1(two.mainThreadBusy * 100)} %`);
  line("cores obtained (1 / 2 workers)", `${one.cores.toFixed(2)} / ${two.cores.toFixed(2)} (CPU time ÷ wall time)`);
  line("docs per CPU-second (1 / 2 workers)", `${f1(one.done / ((one.cores * one.ms) / 1000))} / ${f1(two.done / ((two.cores * two.ms) / 1000))}`);
  line("CPU ms per doc: main thread (1 / 2)", `${one.mainMsPerDoc.toFixed(2)} / ${two.mainMsPerDoc.toFixed(2)}`);
  line("CPU ms per doc: workers (1 / 2)", `${one.workerMsPerDoc.toFixed(2)} / ${two.workerMsPerDoc.toFixed(2)}`);
  // One worker is bound by its own w1 ms a document (the main thread runs beside it); two share the
  // c cores between 2·w2 + m ms of CPU for every two documents: at best min(2, c·w1 / (w2 + m)) times.
  const [w1, w2, m] = [one.workerMsPerDoc, two.workerMsPerDoc, two.mainMsPerDoc];
  line(`ceiling from these costs (${availableParallelism()} cores)`, `${Math.min(2, (availableParallelism() * w1) / (w2 + m)).toFixed(2)}× (worker ${w1.toFixed(1)} → ${w2.toFixed(1)} ms a document when two run)`);
  line("machine", load());
  const failed = runs.reduce((a, r) => a + r.one.failed + r.two.failed, 0);
  if (failed) line("FAILED documents", `${failed}`);
  line("peak RSS so far", mb(peakRss()));
}

async function big(): Promise<void> {
  const jobs = availableParallelism();
  process.stdout.write(`\n# Big batch: ${BIG_DOCS} generated documents (variants of every example), ${jobs} workers, RSS every second\n`);
  const samples: { t: number; done: number; rss: number }[] = [];
  const started = performance.now();
  let done = 0;
  const timer = setInterval(() => samples.push({ t: (performance.now() - started) / 1000, done, rss: process.memoryUsage.rss() }), 1000);
  const result = await timedBatch(variants(BIG_DOCS), jobs, BIG_DOCS, (d) => (done = d));
  clearInterval(timer);
  const step = Math.max(1, Math.ceil(samples.length / 20));
  process.stdout.write("  t (s)    done    RSS\n");
  for (const [i, s] of samples.entries()) {
    if (i % step === 0 || i === samples.length - 1) process.stdout.write(`  ${f1(s.t).padStart(5)}  ${String(s.done).padStart(6)}  ${mb(s.rss).padStart(7)}\n`);
  }
  const tenth = Math.max(1, Math.floor(samples.length / 10));
  const avg = (xs: typeof samples) => xs.reduce((a, s) => a + s.rss, 0) / Math.max(1, xs.length);
  // The first tenth is warm-up (workers start, caches fill); flat means the second and last tenths agree.
  const early = avg(samples.slice(tenth, 2 * tenth));
  const late = avg(samples.slice(-tenth));
  line("documents, failed, pages", `${result.done}, ${result.failed}, ${result.pages}`);
  line("throughput", `${f1(result.rate)} docs/s (${f1(result.ms / 1000)} s)`);
  line("RSS 2nd tenth → last tenth", `${mb(early)} → ${mb(late)} (${f1(((late - early) / early) * 100)} %)`);
  line("peak RSS", mb(Math.max(peakRss(), ...samples.map((s) => s.rss))));
  line("machine", load());
}

/** Issue 8 / L-BOUND-1: the layout's cost against the input's size, on inputs the old writer took minutes on. */
function linearity(): void {
  const base = onePager();
  const words = "các cấp công đoàn tổ chức quán triệt triển khai thực hiện nghiêm túc".split(" ");
  const text = (n: number) => Array.from({ length: n }, (_, i) => words[i % words.length]).join(" ");
  const cases: [string, Document][] = [
    ["one paragraph of 25,000 words", { ...base, body: [{ type: "paragraph", content: text(25_000) }] }],
    ["one paragraph of 100,000 words", { ...base, body: [{ type: "paragraph", content: text(100_000) }] }],
    ["100,000 words in 2,000 paragraphs", { ...base, body: Array.from({ length: 2000 }, () => ({ type: "paragraph" as const, content: text(50) })) }],
    ["one token of 16,000 characters", { ...base, body: [{ type: "paragraph", content: "Đ".repeat(16_000) }] }],
    ["one token of 200,000 characters", { ...base, body: [{ type: "paragraph", content: "Đ".repeat(200_000) }] }],
  ];
  process.stdout.write("\n# Linearity: whole render (layout + PDF) of long inputs, one run each\n");
  for (const [name, doc] of cases) {
    const before = process.memoryUsage.rss();
    const t = performance.now();
    // Past the default field length (250,000 characters): these inputs are the old writer's worst cases.
    const { pages } = renderPdfDetailed(doc, { limits: { maxFieldLength: 2_000_000 } });
    line(name, `${f1(performance.now() - t)} ms, ${pages} pages, RSS +${mb(Math.max(0, process.memoryUsage.rss() - before))}`);
  }
}

/**
 * Typst side by side (../shared/perf/typst-side-by-side.mjs: seeds 001 and 004, interleaved), when
 * its compiler is installed: `npm i --no-save --prefix /tmp/typst-bench @myriaddreamin/typst-ts-node-compiler@0.7.0`.
 */
function typst(): void {
  const script = join(process.cwd(), "..", "shared", "perf", "typst-side-by-side.mjs");
  const prefix = process.env.TYPST_PREFIX ?? "/tmp/typst-bench";
  process.stdout.write("\n# Against Typst (seeds 001 + 004, same fonts, equivalent layout)\n");
  if (!existsSync(script) || !existsSync(join(prefix, "node_modules", "@myriaddreamin"))) {
    line("skipped", `needs ${script} and the Typst compiler in ${prefix}`);
    return;
  }
  const out = spawnSync(process.execPath, [script, String(ROUNDS * 3)], { encoding: "utf8", env: { ...process.env, TYPST_PREFIX: prefix } });
  process.stdout.write(out.stdout.replace(/^/gmu, "  "));
  if (out.status !== 0) line("failed", out.stderr.slice(0, 300));
}

async function main(): Promise<void> {
  process.stdout.write(`vanban bench: node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${load()}\n`);
  if (wanted("engine")) await inProcess();
  if (wanted("typst")) typst();
  if (wanted("linearity")) linearity();
  if (wanted("pool")) await workers();
  if (BIG || ONLY?.has("big")) await big();
}

await main();
