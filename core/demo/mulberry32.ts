/**
 * A seeded pseudo-random generator (mulberry32): 32 bits of state, fast, and the same sequence on every JS engine,
 * so the demo company is byte-identical wherever it is generated. Returns floats in [0, 1).
 * @example mulberry32(1)() // 0.6270739405881613
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
