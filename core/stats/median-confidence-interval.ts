import { logFactorial } from './log-factorial.ts';
import { sortedAscending } from './sorted-ascending.ts';

/**
 * Distribution-free confidence interval for a median, so pay and tenure medians carry an honest CI without assuming a
 * shape: [x₍r₎, x₍n−r+1₎] of the sorted sample, with r the largest rank such that P(B ≤ r − 1) ≤ (1 − level) ÷ 2 for
 * B ~ Binomial(n, ½); coverage is then at least `level` (Campbell & Gardner, BMJ 1988;296:1454, "Calculating confidence
 * intervals for some non-parametric analyses"; Conover, Practical Nonparametric Statistics, §3.2).
 * Null when the sample is too small for the level (n < 6 at 95%: even [min, max] covers only 1 − 2·½ⁿ).
 * @example medianConfidenceInterval([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) // [2, 9]
 */
export function medianConfidenceInterval(sample: ArrayLike<number>, level = 0.95): [number, number] | null {
  if (!(level > 0 && level < 1)) throw new RangeError(`medianConfidenceInterval: level must be within (0, 1), got ${level}`);
  const n = sample.length;
  const tail = (1 - level) / 2;
  const logProbability = (k: number) => logFactorial(n) - logFactorial(k) - logFactorial(n - k) - n * Math.LN2;
  // Terms below e^-700 (all together under n·1e-304) cannot move the sum: start at the first term above it, still a normal
  // double with full precision (binary search on the rising half of the pmf), then step with P(k+1) = P(k)·(n−k)/(k+1),
  // so a large n costs O(√n) multiplications instead of O(n) logarithms.
  let rank = 0;
  let high = Math.floor(n / 2);
  while (rank < high) {
    const middle = (rank + high) >>> 1;
    if (logProbability(middle) > -700) high = middle;
    else rank = middle + 1;
  }
  let probability = Math.exp(logProbability(rank));
  let cumulative = 0;
  while (rank < n) {
    cumulative += probability;
    if (cumulative > tail) break;
    probability *= (n - rank) / (rank + 1);
    rank++;
  }
  if (rank === 0) return null;
  const sorted = sortedAscending(sample);
  return [sorted[rank - 1], sorted[n - rank]];
}
