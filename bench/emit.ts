// node dist/bench/emit.js [--rounds N]
// Micro benchmark of the PDF writer (src/writers/pdf/emit): ms per page of writePdf on dense
// justified pages (40 lines × 12 words), and the per-document cost of embedding the font subset.
// Not wired into run.ts yet.
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { bundledFonts } from "../src/fonts/fonts.js";
import type { Pages } from "../src/layout/pages.js";
import { writePdf } from "../src/writers/pdf/emit/index.js";
import { embedFont } from "../src/writers/pdf/emit/embed-font.js";
import { FontUse } from "../src/writers/pdf/emit/font-use.js";
import { PdfFile } from "../src/writers/pdf/emit/objects.js";
import { NODE_CODEC } from "../src/writers/pdf/emit/codec-node.js";
import { densePages } from "../test/writers/fixture.js";
import { numberOption } from "./args.js";

const ROUNDS = numberOption("--rounds", 200);
const fonts = bundledFonts();

/**
 * Median CPU ms (user + system) per call over 10 batches: the process's own CPU time, so that
 * other work on a shared machine does not count as ours (its cache pressure still does).
 */
function time(run: () => void, rounds: number): number {
  const per = Math.max(1, Math.round(rounds / 10));
  const samples: number[] = [];
  for (let b = 0; b < 10; b++) {
    const t = process.cpuUsage();
    for (let i = 0; i < per; i++) run();
    const d = process.cpuUsage(t);
    samples.push((d.user + d.system) / 1000 / per);
  }
  return samples.sort((a, b) => a - b)[5]!;
}

/** The font work of one document alone: glyph ids of all its text, subset encoded, objects written. */
function fontCost(pages: Pages): void {
  const use = new FontUse(fonts.faces.normal, fonts.bytes.normal, "normal", "F1");
  for (const page of pages.pages) for (const line of page.lines) for (const span of line.spans) for (const ch of span.text) use.glyphId(ch.codePointAt(0)!, line.source);
  embedFont(new PdfFile(NODE_CODEC), use);
}

const docs = new Map([1, 10, 20].map((n) => [n, densePages(n, fonts)]));
const ten = docs.get(10)!;
const t0 = performance.now();
writePdf(ten, fonts);
const cold = performance.now() - t0;
for (let i = 0; i < 20; i++) for (const d of docs.values()) writePdf(d, fonts);

const ms = new Map([...docs].map(([n, d]) => [n, time(() => writePdf(d, fonts), ROUNDS)]));
const perPage = (ms.get(20)! - ms.get(1)!) / 19;
const fixed = ms.get(1)! - perPage;
const font = time(() => fontCost(ten), ROUNDS);
const out = (label: string, value: string) => process.stdout.write(`  ${label.padEnd(44)} ${value}\n`);
process.stdout.write(`# writePdf on dense justified pages (40 lines × 12 words, one face), CPU ms, median of 10 batches of ${ROUNDS / 10}; ${loadavg().map((l) => l.toFixed(2)).join(" ")} load\n`);
out("10 pages: ms per document", ms.get(10)!.toFixed(2));
out("10 pages: ms per page (all costs)", (ms.get(10)! / 10).toFixed(3));
out("1 / 20 pages: ms per document", `${ms.get(1)!.toFixed(2)} / ${ms.get(20)!.toFixed(2)}`);
out("fit ms = fixed + k·pages (from 1 and 20)", `${fixed.toFixed(2)} + ${perPage.toFixed(3)}·pages`);
out("font subset + embedding per document", `${font.toFixed(2)} ms`);
out("10 pages: ms per page without the font", ((ms.get(10)! - font) / 10).toFixed(3));
out("first document (cold metrics and caches)", `${cold.toFixed(1)} ms`);
out("output size, 10 pages", `${(writePdf(ten, fonts).length / 1024).toFixed(1)} KiB`);
