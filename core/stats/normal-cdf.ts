import { erfc } from './erfc.ts';

/**
 * Standard normal cumulative distribution Φ(x), for the p-values of z-tests; Φ(x) = ½·erfc(−x/√2) (Abramowitz & Stegun 26.2.29),
 * so far tails keep ~1e-7 relative accuracy instead of rounding to 0 or 1. NaN in, NaN out.
 * @example normalCdf(1.959964) // 0.975
 */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}
