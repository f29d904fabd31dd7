/**
 * The one seeded pseudo-random generator (mulberry32): layouts and the
 * synthetic corpus come out the same for the same seed on every machine.
 */

/** A generator of floats in [0, 1) for a 32-bit seed. */
export function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
