/**
 * Summaries of repeated measurements: median and spread (min–max, and the
 * interquartile range), and the percentiles of a latency sample.
 */

export interface Summary {
  n: number;
  median: number;
  min: number;
  max: number;
  q1: number;
  q3: number;
}

/** The value at quantile `q` (0–1) of sorted numbers, interpolated. */
export function quantile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

/** Median, min, max and quartiles of repeated runs. */
export function summarise(values: readonly number[]): Summary {
  const s = [...values].sort((a, b) => a - b);
  return { n: s.length, median: quantile(s, 0.5), min: s[0], max: s[s.length - 1], q1: quantile(s, 0.25), q3: quantile(s, 0.75) };
}

/** A number with sensible precision: 3 significant digits, no exponent. */
export function num(x: number): string {
  if (!Number.isFinite(x)) return '–';
  const a = Math.abs(x);
  if (a >= 1000) return Math.round(x).toLocaleString('en-US');
  if (a >= 100) return x.toFixed(0);
  if (a >= 10) return x.toFixed(1);
  if (a >= 1) return x.toFixed(2);
  return x.toPrecision(2);
}

/** "median (min–max)". */
export function spread(s: Summary, unit = ''): string {
  return s.n > 1 ? `${num(s.median)}${unit} (${num(s.min)}–${num(s.max)})` : `${num(s.median)}${unit}`;
}

/** Milliseconds since `t0`. */
export const since = (t0: number) => performance.now() - t0;
