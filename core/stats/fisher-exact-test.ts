import { logFactorial } from './log-factorial.ts';

/**
 * Two-sided Fisher's exact test for the 2×2 table [[a, b], [c, d]], the test to trust when counts are small:
 * with the margins fixed, a is hypergeometric, P(k) = r₁! r₂! c₁! c₂! ÷ (N! k! (r₁−k)! (c₁−k)! (r₂−c₁+k)!), and the p-value
 * sums P(k) over every table no more probable than the observed one, with R's relative tolerance of 1e-7 so ties in
 * probability are not lost to rounding (Fisher 1935; Agresti, Categorical Data Analysis; as R's fisher.test). Counts must be
 * non-negative integers (RangeError otherwise); an empty table gives 1.
 * @example fisherExactTest(3, 1, 1, 3) // 0.4857 (Fisher's tea-tasting table)
 */
export function fisherExactTest(a: number, b: number, c: number, d: number): number {
  for (const count of [a, b, c, d]) {
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`Fisher's exact test needs whole non-negative counts, got ${count}`);
  }
  const row1 = a + b;
  const row2 = c + d;
  const column1 = a + c;
  const total = row1 + row2;
  const logMargins =
    logFactorial(row1) + logFactorial(row2) + logFactorial(column1) + logFactorial(b + d) - logFactorial(total);
  const logProbability = (k: number) =>
    logMargins - logFactorial(k) - logFactorial(row1 - k) - logFactorial(column1 - k) - logFactorial(row2 - column1 + k);
  const threshold = logProbability(a) + 1e-7;
  let pValue = 0;
  for (let k = Math.max(0, column1 - row2); k <= Math.min(row1, column1); k++) {
    const logP = logProbability(k);
    if (logP <= threshold) pValue += Math.exp(logP);
  }
  return Math.min(1, pValue);
}
