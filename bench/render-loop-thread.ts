// A thread rendering the seeds in a loop for workerData.seconds and posting its docs/s (bench/run.ts's ceiling).
import { parentPort, workerData } from "node:worker_threads";
import { renderPdfDetailed } from "../src/writers/pdf/index.js";
import { seeds } from "./corpus.js";

const docs = seeds().map(({ doc }) => doc);
const { seconds, warmSeconds = 0 } = workerData as { seconds: number; warmSeconds?: number };
// Warm-up: fonts parsed, and V8's optimising compiler done (its threads take part of the other
// core for the first few hundred documents, which a 1-thread run gets free and a 2-thread run not).
const warm = performance.now();
for (let i = 0; i < 20 || performance.now() - warm < warmSeconds * 1000; i++) renderPdfDetailed(docs[i % docs.length]!);
const started = performance.now();
let done = 0;
while (performance.now() - started < seconds * 1000) renderPdfDetailed(docs[done++ % docs.length]!);
parentPort!.postMessage((done * 1000) / (performance.now() - started));
