/** A small, fast integer hash: every synthetic value is a pure function of (seed, indices). */

// Bound once: a global lookup per call is slow inside vm contexts (jest), and this runs millions of times.
const { imul } = Math;

/**
 * Mixes 32 bits into 32 well-spread bits (the "lowbias32" finalizer). It is a bijection,
 * so distinct inputs never collide, which the user ids rely on.
 */
export function mix32(value: number): number {
  let x = value | 0;
  x ^= x >>> 16;
  x = imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Hashes a key and one more component; chain it for more components. */
export function hash2(key: number, component: number): number {
  return mix32(key ^ imul(component + 0x632be5ab, 0x9e3779b1));
}

/** A value in [0, 65535]: the resolution used for every "x % of cases" draw. */
export function fraction16(hash: number): number {
  return hash & 0xffff;
}

/** Converts a probability (0–1) to the 16-bit threshold that `fraction16(h) < threshold` tests. */
export function threshold16(probability: number): number {
  return Math.round(probability * 0x10000);
}

/** An integer in [min, max] from a hash (upper bits, so it is independent of `fraction16`). */
export function between(hash: number, min: number, max: number): number {
  return min + ((hash >>> 16) % (max - min + 1));
}
