import { sortedAscending } from './sorted-ascending.ts';

/**
 * The p-quantile of a sample (sorted or not), for percentiles such as a P90 time to fill: Hyndman & Fan (1996) type 7,
 * the default of R's quantile() and Excel's PERCENTILE.INC: h = (n − 1)·p, x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎) over the
 * sorted values (0-based). Values should be finite. NaN for an empty sample; RangeError when p is outside [0, 1].
 * @example quantile([1, 3, 2, 4], 0.3) // 1.9
 */
export function quantile(values: ArrayLike<number>, p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile: p must be within [0, 1], got ${p}`);
  if (values.length === 0) return NaN;
  const sorted = sortedAscending(values);
  const h = (sorted.length - 1) * p;
  const below = Math.floor(h);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
}
