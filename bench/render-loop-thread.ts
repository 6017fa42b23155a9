// A thread rendering the seeds in a loop for workerData.seconds and posting its docs/s (bench/run.ts's ceiling).
import { parentPort, workerData } from "node:worker_threads";
import { renderPdfDetailed } from "../src/writers/pdf/index.js";
import { seeds } from "./corpus.js";

const docs = seeds().map(({ doc }) => doc);
for (let i = 0; i < 20; i++) renderPdfDetailed(docs[i % docs.length]!); // fonts parsed, code optimised
const seconds = (workerData as { seconds: number }).seconds;
const started = performance.now();
let done = 0;
while (performance.now() - started < seconds * 1000) renderPdfDetailed(docs[done++ % docs.length]!);
parentPort!.postMessage((done * 1000) / (performance.now() - started));
