// One process rendering the bench document in a loop, with no server: what a worker does per
// request (JSON bytes → parse → validate → lay out → PDF in one buffer), for the machine's ceiling.
// node dist/bench/serve/render-loop.js SECONDS FILE…  → prints "renders seconds" (the files in turn)
import { readFileSync } from "node:fs";
import runJob from "../../src/renderer/worker.js";

const seconds = Number(process.argv[2] ?? 10);
const files = process.argv.slice(3).map((f) => new Uint8Array(readFileSync(f)));
let turn = 0;
const once = async () => {
  const json = files[turn++ % files.length]!;
  const out = await runJob({ op: "file", format: "pdf", source: { json }, layout: {} });
  // Success is the file marked for transfer (a wrapper outside a pool's thread); failure is data.
  if ("ok" in out) throw new Error(`render failed: ${JSON.stringify(out)}`);
};
for (let i = 0; i < 200; i++) await once(); // warm-up: fonts parsed, code optimised
let renders = 0;
const started = performance.now();
while (performance.now() - started < seconds * 1000) {
  await once();
  renders++;
}
process.stdout.write(`${renders} ${((performance.now() - started) / 1000).toFixed(3)}\n`);
