import { mulberry32 } from './mulberry32.ts';

/** The draws the demo generators need, all from one seeded stream. */
export interface Random {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One item, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** One item, with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** Normal draw (Box–Muller). */
  normal(mean: number, sd: number): number;
  /** Log-normal draw with the given median; `spread` is the sd of the log, so skewed durations look real. */
  logNormal(median: number, spread: number): number;
}

/** FNV-1a hash of a label, so each generator gets its own stream and editing one leaves the others' output unchanged. */
function hashLabel(label: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) hash = Math.imul(hash ^ label.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * A Random drawing from mulberry32 seeded by `seed` mixed with `label`.
 * @example createRandom(7, 'roster').int(1, 6) // the same die roll on every run
 */
export function createRandom(seed: number, label: string): Random {
  const next = mulberry32((seed ^ hashLabel(label)) >>> 0);
  const normal = (mean: number, sd: number): number => {
    const u = 1 - next();
    const v = next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted: (entries) => {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let target = next() * total;
      for (const [item, weight] of entries) {
        target -= weight;
        if (target < 0) return item;
      }
      return entries[entries.length - 1][0];
    },
    normal,
    logNormal: (median, spread) => median * Math.exp(normal(0, spread)),
  };
}
