import { logFactorial } from './log-factorial.ts';
import { sortedAscending } from './sorted-ascending.ts';

/**
 * Distribution-free confidence interval for the p-quantile of a sample (a P90 time to fill), the order-statistic interval
 * medianConfidenceInterval gives for p = ½: [x₍r₎, x₍s₎] of the sorted sample (1-based ranks), r the largest rank with
 * P(B ≤ r − 1) ≤ (1 − level) ÷ 2 and s the smallest with P(B ≥ s) ≤ (1 − level) ÷ 2 for B ~ Binomial(n, p), so coverage is
 * at least `level` (Conover, Practical Nonparametric Statistics, §3.2). Null when the sample is too small for the level
 * (no rank fits in one tail). RangeError when p or level is outside (0, 1).
 * @example quantileConfidenceInterval(Array.from({ length: 10 }, (_, i) => i + 1), 0.5) // [2, 9]
 */
export function quantileConfidenceInterval(sample: ArrayLike<number>, p: number, level = 0.95): [number, number] | null {
  if (!(p > 0 && p < 1)) throw new RangeError(`quantileConfidenceInterval: p must be within (0, 1), got ${p}`);
  if (!(level > 0 && level < 1)) throw new RangeError(`quantileConfidenceInterval: level must be within (0, 1), got ${level}`);
  const n = sample.length;
  const tail = (1 - level) / 2;
  const probability = (k: number) => Math.exp(logFactorial(n) - logFactorial(k) - logFactorial(n - k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
  let lower = 0;
  for (let below = 0; lower < n && below + probability(lower) <= tail; lower++) below += probability(lower);
  let upper = n + 1;
  for (let above = 0; upper > 1 && above + probability(upper - 1) <= tail; upper--) above += probability(upper - 1);
  if (lower === 0 || upper > n) return null;
  const sorted = sortedAscending(sample);
  return [sorted[lower - 1], sorted[upper - 1]];
}
