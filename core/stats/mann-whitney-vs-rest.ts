import { normalCdf } from './normal-cdf.ts';
import { tieCorrection } from './tie-correction.ts';

/** Mann–Whitney U of a part against the rest, its normal score and two-sided p-value. */
export interface MannWhitneyResult {
  u: number;
  z: number;
  pValue: number;
}

/**
 * Mann–Whitney U test of a part of a pooled sample against the rest of it, so every segment can be tested against the
 * rest of the company while the pooled sample is sorted once: both arrays sorted ascending, `sortedPart` a sub-multiset of
 * `sortedAll`; pass `tieSum` = tieCorrection(sortedAll) when testing many parts of one pool, so each test is one merge
 * walk of both arrays (O(N), sequential reads). U = R₁ − n₁(n₁+1)/2 with average ranks for ties (R's W for the part),
 * z = (U − n₁n₂/2 ∓ ½) ÷ σ with σ² = n₁n₂/12 · (N + 1 − Σ(t³ − t) ÷ N(N − 1)) and p = 2·Φ(−|z|) (Hollander & Wolfe,
 * Nonparametric Statistical Methods; as R's wilcox.test(exact = FALSE, correct = TRUE)). Null when the part or the rest is
 * empty; z = 0 and p = 1 when every value ties.
 * @example mannWhitneyVsRest([1, 2, 3, 4], [1, 2]) // { u: 0, z: -1.1619, pValue: 0.2453 }
 */
export function mannWhitneyVsRest(
  sortedAll: ArrayLike<number>,
  sortedPart: ArrayLike<number>,
  tieSum: number = tieCorrection(sortedAll),
): MannWhitneyResult | null {
  const total = sortedAll.length;
  const n1 = sortedPart.length;
  const n2 = total - n1;
  if (n1 === 0 || n2 <= 0) return null;
  let rankSum = 0;
  // `below` and `upTo` count the pooled values < and ≤ the part's current value; both only move forward as it rises.
  let below = 0;
  for (let i = 0; i < n1; ) {
    const value = sortedPart[i];
    let runEnd = i + 1;
    while (runEnd < n1 && sortedPart[runEnd] === value) runEnd++;
    while (below < total && sortedAll[below] < value) below++;
    let upTo = below;
    while (upTo < total && sortedAll[upTo] <= value) upTo++;
    rankSum += (runEnd - i) * ((below + 1 + upTo) / 2);
    below = upTo;
    i = runEnd;
  }
  return mannWhitneyFromRankSum(rankSum, n1, n2, tieSum);
}

/**
 * U, z and p from a part's rank sum, so every way of ranking (against a pooled sample, or two sorted samples walked side by
 * side) shares one formula: U = R₁ − n₁(n₁+1)/2, σ² = n₁n₂/12 · (N + 1 − tieSum ÷ N(N − 1)), continuity-corrected z and
 * p = 2·Φ(−|z|) as described at mannWhitneyVsRest; z = 0 and p = 1 when σ² is not positive (every value ties).
 * @example mannWhitneyFromRankSum(3, 2, 2, 0) // { u: 0, z: -1.1619, pValue: 0.2453 }
 */
export function mannWhitneyFromRankSum(rankSum: number, n1: number, n2: number, tieSum: number): MannWhitneyResult {
  const total = n1 + n2;
  const u = rankSum - (n1 * (n1 + 1)) / 2;
  const variance = ((n1 * n2) / 12) * (total + 1 - tieSum / (total * (total - 1)));
  if (!(variance > 0)) return { u, z: 0, pValue: 1 };
  const shift = u - (n1 * n2) / 2;
  const z = (shift - 0.5 * Math.sign(shift)) / Math.sqrt(variance);
  return { u, z, pValue: Math.min(1, 2 * normalCdf(-Math.abs(z))) };
}
