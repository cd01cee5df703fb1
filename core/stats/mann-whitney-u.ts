import { mannWhitneyVsRest, type MannWhitneyResult } from './mann-whitney-vs-rest.ts';

/**
 * Two-sided Mann–Whitney U test (Wilcoxon rank-sum) of sample a against sample b, the pay comparison that needs no normal
 * shape: U of a with average ranks for ties, tie-corrected normal approximation with continuity correction (see
 * mannWhitneyVsRest; as R's wilcox.test(a, b, exact = FALSE, correct = TRUE), whose W is this U).
 * Null when either sample is empty; z = 0 and p = 1 when every value ties.
 * @example mannWhitneyU([0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46], [1.15, 0.88, 0.90, 0.74, 1.21]) // { u: 35, z: 1.1635, pValue: 0.2446 }
 */
export function mannWhitneyU(a: ArrayLike<number>, b: ArrayLike<number>): MannWhitneyResult | null {
  if (b.length === 0) return null;
  const all = new Float64Array(a.length + b.length);
  all.set(a);
  all.set(b, a.length);
  return mannWhitneyVsRest(all.sort(), Float64Array.from(a).sort());
}
