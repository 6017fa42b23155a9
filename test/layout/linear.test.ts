// Issue 8 / L-BOUND-1: layout is linear in its input. Measured as ratios of CPU time between inputs
// 10× apart (test/support/linearity.ts), or between two shapes of one size (the fastest of five
// runs after a warm-up), never as absolute times; the absolute numbers are the
// benchmark's (bench/run.ts, "linearity").
import { describe, expect, test } from "vitest";
import type { Document } from "../../src/model/document.js";
import { layoutDocument } from "../../src/layout/layout-document.js";
import { fixture } from "./support.js";
import { superLinearityBelow } from "../support/linearity.js";

const WORDS = "các cấp công đoàn tổ chức quán triệt triển khai thực hiện nghiêm túc".split(" ");
const words = (n: number): string => Array.from({ length: n }, (_, i) => WORDS[i % WORDS.length]).join(" ");

/**
 * The least CPU time of five runs: CPU time, not wall time, since other work on a shared machine
 * takes the processor away; the least, since interference only ever adds.
 */
function fastest(f: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const t = process.cpuUsage();
    f();
    const d = process.cpuUsage(t);
    best = Math.min(best, (d.user + d.system) / 1000);
  }
  return best;
}

const withBody = (body: Document["body"]): Document => ({ ...fixture("union-minimal.json"), body });
const onePara = (n: number) => withBody([{ type: "paragraph", content: words(n) }]);
const shortParas = (n: number) => withBody(Array.from({ length: n / 50 }, () => ({ type: "paragraph" as const, content: words(50) })));
const token = (n: number) => withBody([{ type: "paragraph", content: "Đ".repeat(n) }]);

/**
 * The large input's time against the small one's as many times as it is larger: linear growth
 * gives about 1, the old writer's quadratic line builder about 10. Measured in CPU time, in pairs,
 * and again when above the limit (test/support/linearity.ts): a single "fastest of five" gave 31
 * (limit 30, linear about 5) once with the other test worker busy.
 */
const MAX_GROWTH = 3;

/** The layout of a document of size n, made once, as the measure's run. */
const layingOut = (make: (n: number) => Document) => (n: number) => {
  const doc = make(n);
  return () => void layoutDocument(doc);
};

describe("L-BOUND-1: layout time grows linearly", () => {
  test("one paragraph of 40k words vs 4k words", () => {
    const growth = superLinearityBelow(MAX_GROWTH, layingOut(onePara), 4000, 40_000);
    expect(growth).toBeLessThan(MAX_GROWTH);
  });

  test("one 40k-word paragraph costs about what 40k words in short paragraphs cost", () => {
    layoutDocument(shortParas(4000));
    const ratio = fastest(() => layoutDocument(onePara(40_000))) / fastest(() => layoutDocument(shortParas(40_000)));
    expect(ratio).toBeLessThan(3);
  });

  test("one token of 200k characters vs 20k characters", () => {
    const growth = superLinearityBelow(MAX_GROWTH, layingOut(token), 20_000, 200_000);
    expect(growth).toBeLessThan(MAX_GROWTH);
  });
});
