/**
 * Relative difference (value − reference) ÷ |reference|, the effect size of gaps, changes and target misses ("18% vs 9%" → 1).
 * When the reference is 0 a relative difference does not exist, so any non-zero gap counts as ±1 (100%) and no gap as 0.
 * @example relativeDifference(0.18, 0.09) // 1
 */
export function relativeDifference(value: number, reference: number): number {
  if (reference === 0) return Math.sign(value);
  return (value - reference) / Math.abs(reference);
}
