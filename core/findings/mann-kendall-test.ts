import { normalCdf } from '../stats/normal-cdf.ts';

/**
 * Mann–Kendall test for a monotone trend in a series in time order, with no assumption about its shape or distribution
 * (Mann 1945, Econometrica 13:245; Kendall 1975, Rank Correlation Methods): S = Σᵢ<ⱼ sign(xⱼ − xᵢ). Without ties the two-sided
 * p-value is exact, from the distribution of inversions of a random permutation (S = n(n−1)/2 − 2·inversions); with ties it is
 * the normal approximation with tie-corrected variance [n(n−1)(2n+5) − Σt(t−1)(2t+5)] ÷ 18 and continuity correction.
 * Fewer than 2 values: S = 0, p = 1. Note that 3 periods can never be significant (smallest p = 1/3); 5 rising periods give p = 0.017.
 * @example mannKendallTest([1, 2, 3, 4, 5]) // { s: 10, pValue: 0.01667 }
 */
export function mannKendallTest(values: readonly number[]): { s: number; pValue: number } {
  const n = values.length;
  let s = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) s += Math.sign(values[j] - values[i]);
  if (n < 2 || s === 0) return { s, pValue: 1 };
  const tieSizes = [...countBy(values).values()].filter((t) => t > 1);
  if (tieSizes.length === 0) return { s, pValue: exactTwoSided(n, s) };
  const variance = (n * (n - 1) * (2 * n + 5) - tieSizes.reduce((sum, t) => sum + t * (t - 1) * (2 * t + 5), 0)) / 18;
  const z = (Math.abs(s) - 1) / Math.sqrt(variance);
  return { s, pValue: Math.min(1, 2 * normalCdf(-z)) };
}

function countBy(values: readonly number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** P(|S| ≥ |s|) from the inversion-count distribution, built one element at a time as probabilities (f_m(k) = mean of f_{m−1}(k−m+1..k)). */
function exactTwoSided(n: number, s: number): number {
  const maxInversions = (n * (n - 1)) / 2;
  let distribution = [1];
  for (let m = 2; m <= n; m++) {
    const next = new Array<number>(distribution.length + m - 1).fill(0);
    let window = 0;
    for (let k = 0; k < next.length; k++) {
      window += distribution[k] ?? 0;
      if (k - m >= 0) window -= distribution[k - m];
      next[k] = window / m;
    }
    distribution = next;
  }
  const tail = (maxInversions - Math.abs(s)) / 2;
  let p = 0;
  for (let k = 0; k <= tail; k++) p += distribution[k];
  return Math.min(1, 2 * p);
}
