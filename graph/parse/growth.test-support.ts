/**
 * Growth checks for parsers: run the same input generator at two sizes and
 * compare the timings' ratio, never an absolute time, so a slow machine does
 * not fail a linear parser and a fast one does not pass a quadratic parser.
 */

/** Time per call in ms: the call is repeated until the repeats take at least `minMs`, so sub-millisecond runs are measured too. */
function perCall(fn: () => void, minMs: number): number {
  for (let reps = 1; ; reps *= 2) {
    const t = performance.now();
    for (let i = 0; i < reps; i++) fn();
    const elapsed = performance.now() - t;
    if (elapsed >= minMs || reps >= 1 << 20) return elapsed / reps;
  }
}

/** The least of a few measurements (the minimum is the least noisy estimate on a shared machine). */
function fastest(fn: () => void, runs: number, minMs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) best = Math.min(best, perCall(fn, minMs));
  return best;
}

/**
 * How much longer `run` takes on `make(10 * n)` than on `make(n)`. A linear
 * parser gives about 10; a quadratic one about 100.
 */
export function growthRatio(make: (n: number) => string, run: (text: string) => unknown, n: number, runs = 3): number {
  const small = make(n);
  const large = make(10 * n);
  run(small); // warm up the JIT and the regex caches
  run(large);
  const measure = () => fastest(() => run(large), runs, 20) / fastest(() => run(small), runs, 20);
  // A shared machine can stall a measurement; quadratic work is slow every time, so up to three looks settle it.
  let best = measure();
  for (let look = 1; look < 3 && best >= LINEAR_GROWTH_LIMIT; look++) best = Math.min(best, measure());
  return best;
}

/** Comfortably above 10 (noise, GC, caches), far below the 100 of quadratic work. */
export const LINEAR_GROWTH_LIMIT = 35;
