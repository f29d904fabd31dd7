/**
 * Growth checks for parsers: run the same input generator at two sizes and
 * compare the timings' ratio, never an absolute time, so a slow machine does
 * not fail a linear parser and a fast one does not pass a quadratic parser.
 */

/** The fastest of a few runs, in ms (the minimum is the least noisy estimate). */
function fastest(fn: () => void, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/**
 * How much longer `run` takes on `make(10 * n)` than on `make(n)`. A linear
 * parser gives about 10; a quadratic one about 100. Small inputs are padded
 * up by repetition until they take measurable time.
 */
export function growthRatio(make: (n: number) => string, run: (text: string) => unknown, n: number, runs = 3): number {
  const small = make(n);
  const large = make(10 * n);
  run(small); // warm up the JIT and the regex caches
  const a = fastest(() => run(small), runs);
  const b = fastest(() => run(large), Math.max(1, runs - 1));
  // Guard against timer resolution: never divide by less than a tenth of a millisecond.
  return b / Math.max(a, 0.1);
}

/** Comfortably above 10 (noise, GC, caches), far below the 100 of quadratic work. */
export const LINEAR_GROWTH_LIMIT = 35;
