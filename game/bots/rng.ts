// Small seeded generators for the bots' own choices (separate from the game's seeded random).

/** mulberry32: a fast 32-bit PRNG; the same seed gives the same stream. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a string to 32 bits. */
export function hashSeed(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A stream seeded from several parts (e.g. game seed, seat, purpose). */
export function streamOf(...parts: Array<string | number>): () => number {
  return mulberry32(hashSeed(parts.join('|')));
}
