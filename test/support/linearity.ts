// Growth measured as a ratio between input sizes, never as an absolute time (the project's rule:
// speed targets live in the benchmark), so that the result holds on a loaded machine. Time is
// this process's CPU time (the tests run in forked workers), not the wall clock: on 2 cores with
// the other worker's tesseract or soffice running, being descheduled swung wall-clock ratios of
// linear code to 6.3 and of quadratic code down to 1.8.

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Milliseconds of CPU time (user and system, this process's threads, its collector's too) that `times` runs take. */
function timed(run: () => void, times: number): number {
  const started = process.cpuUsage();
  for (let i = 0; i < times; i++) run();
  const spent = process.cpuUsage(started);
  return (spent.user + spent.system) / 1000;
}

/**
 * superLinearity, measured again while it is above `limit`, at most `attempts` times, keeping the
 * lowest: a collection of the large input's strings can still land in one measurement; quadratic
 * code is near large / small on every attempt.
 */
export function superLinearityBelow(limit: number, make: (size: number) => () => void, small: number, large: number, attempts = 3): number {
  let lowest = Infinity;
  for (let attempt = 0; attempt < attempts && lowest > limit; attempt++) lowest = Math.min(lowest, superLinearity(make, small, large));
  return lowest;
}

/**
 * How much longer the large input takes than the same amount of text in small inputs: the
 * large one against the small one (large / small) times. About 1 for linear code, about
 * large / small for quadratic code.
 *
 * Each measurement is repeated until it lasts `minMs` (a timer tick or one collection must not
 * decide it); small and large are measured in pairs, one right after the other, so that a burst
 * of load on the machine slows both, and the result is the median of the pairs' ratios. A first
 * pair well under `settled` is taken as it is (the usual case, and fast); a large input that
 * takes a second by itself is plainly not linear in a 100 KB input and is measured once.
 */
export function superLinearity(make: (size: number) => () => void, small: number, large: number, runs = 5, minMs = 8, settled = 2.5): number {
  const factor = Math.round(large / small);
  const smallRun = make(small);
  const largeRun = make(large);
  timed(smallRun, 3); // compile and warm the code paths (regular expressions tier up after a few runs)
  const once = timed(largeRun, 1);
  if (once > 1000) return once / timed(smallRun, factor);
  const reps = Math.min(50, Math.max(1, Math.ceil(minMs / Math.max(once, 0.01))));
  const pair = () => timed(largeRun, reps) / Math.max(timed(smallRun, factor * reps), 0.001);
  const first = pair();
  if (first < settled) return first;
  return median([first, ...Array.from({ length: runs - 1 }, pair)]);
}
