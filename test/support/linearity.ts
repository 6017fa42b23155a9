// Growth measured as a ratio between input sizes, never as an absolute time (the project's rule:
// speed targets live in the benchmark), so that the result holds on a loaded machine.
import { performance } from "node:perf_hooks";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timed(run: () => void, times: number): number {
  const started = performance.now();
  for (let i = 0; i < times; i++) run();
  return performance.now() - started;
}

/**
 * How much longer the large input takes than the same amount of text in small inputs: the
 * large one against the small one (large / small) times. About 1 for linear code, about
 * large / small for quadratic code. Each measurement is repeated until it lasts `minMs` (a
 * timer tick or a collection must not decide), small and large alternate (so that a burst of
 * load on the machine slows both), and the medians of `runs` are compared. A large input that
 * takes a second by itself is measured once: it is plainly not linear in a 100 KB input.
 */
export function superLinearity(make: (size: number) => () => void, small: number, large: number, runs = 3, minMs = 8): number {
  const factor = Math.round(large / small);
  const smallRun = make(small);
  const largeRun = make(large);
  // Compile and warm the code paths first (the regular expressions tier up after a few runs).
  timed(smallRun, 3);
  const once = timed(largeRun, 1);
  if (once > 1000) return once / timed(smallRun, factor);
  const reps = Math.min(50, Math.max(1, Math.ceil(minMs / Math.max(once, 0.01))));
  const smallTimes: number[] = [];
  const largeTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    smallTimes.push(timed(smallRun, factor * reps));
    largeTimes.push(timed(largeRun, reps));
  }
  return median(largeTimes) / Math.max(median(smallTimes), 0.001);
}
