import { normalCdf } from './normal-cdf.ts';

/**
 * Two-sided two-proportion z-test with pooled standard error, to ask whether a segment's rate differs from another's
 * when counts are large: z = (p̂₁ − p̂₂) ÷ √(p̂(1−p̂)(1/n₁ + 1/n₂)), p̂ = (x₁ + x₂) ÷ (n₁ + n₂), p = 2·Φ(−|z|)
 * (z² is Pearson's χ² for the 2×2 table without continuity correction, as R's prop.test(correct = FALSE)).
 * Non-integer n (average headcounts) are used as given. NaN for both when n₁ or n₂ ≤ 0; z = 0 and p = 1 when the pooled
 * rate is 0 or 1, since identical all-or-nothing groups show no difference.
 * @example twoProportionZTest(40, 100, 25, 100) // { z: 2.2646, pValue: 0.02354 }
 */
export function twoProportionZTest(x1: number, n1: number, x2: number, n2: number): { z: number; pValue: number } {
  if (!(n1 > 0) || !(n2 > 0)) return { z: NaN, pValue: NaN };
  const pooled = (x1 + x2) / (n1 + n2);
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (standardError === 0) return { z: 0, pValue: 1 };
  const z = (x1 / n1 - x2 / n2) / standardError;
  return { z, pValue: Math.min(1, 2 * normalCdf(-Math.abs(z))) };
}
