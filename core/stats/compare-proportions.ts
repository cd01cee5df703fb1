import { fisherExactTest } from './fisher-exact-test.ts';
import { twoProportionZTest } from './two-proportion-z-test.ts';

/**
 * Two-sided test of whether two rates differ, choosing the test the counts can bear: Fisher's exact test when any
 * expected cell count of the 2×2 table [[x₁, n₁−x₁], [x₂, n₂−x₂]] (row total × column total ÷ N) is below 5, the pooled
 * two-proportion z-test otherwise — the usual rule after Cochran (1954, Biometrics 10:417–451) for when the normal
 * approximation holds. Fisher needs whole counts, so non-integer denominators (average headcounts) are rounded to whole
 * people for it. Null when untestable: a denominator ≤ 0, or a numerator outside [0, n] (e.g. turnover over 100%).
 * @example compareProportions(3, 10, 1, 20) // { test: 'fisher-exact', pValue: 0.0952 }
 */
export function compareProportions(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
): { test: 'two-proportion-z' | 'fisher-exact'; pValue: number } | null {
  if (!(n1 > 0 && n2 > 0 && x1 >= 0 && x2 >= 0 && x1 <= n1 && x2 <= n2)) return null;
  const total = n1 + n2;
  const events = x1 + x2;
  const smallestRow = Math.min(n1, n2);
  const smallestColumn = Math.min(events, total - events);
  if ((smallestRow * smallestColumn) / total < 5) {
    const [a, c] = [Math.round(x1), Math.round(x2)];
    return { test: 'fisher-exact', pValue: fisherExactTest(a, Math.round(n1) - a, c, Math.round(n2) - c) };
  }
  return { test: 'two-proportion-z', pValue: twoProportionZTest(x1, n1, x2, n2).pValue };
}
