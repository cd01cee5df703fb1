import { normalCdf } from '../stats/normal-cdf.ts';

const Z_975 = 1.959964;

/**
 * Two-sided p-value of a difference when only 95% confidence intervals are known (medians, durations): each standard error
 * is taken as the interval's width ÷ (2 × 1.96), z = (a − b) ÷ √(seₐ² + se_b²), p = 2Φ(−|z|) (Altman & Bland 2011, BMJ 343:d2090,
 * "How to obtain the P value from a confidence interval"; approximate for skewed intervals). A null `bCi95` treats b as a fixed
 * number (a target). With zero width in total the difference is certain: p = 1 when a = b, else 0.
 * @example pValueFromIntervals(30, [26, 34], 20, [17, 23]) // z = 10 ÷ √(2.04² + 1.53²) = 3.92 → 0.00009
 */
export function pValueFromIntervals(a: number, aCi95: readonly [number, number], b: number, bCi95: readonly [number, number] | null): number {
  const se = (ci: readonly [number, number] | null): number => (ci ? (ci[1] - ci[0]) / (2 * Z_975) : 0);
  const combined = Math.hypot(se(aCi95), se(bCi95));
  if (combined === 0) return a === b ? 1 : 0;
  return Math.min(1, 2 * normalCdf(-Math.abs(a - b) / combined));
}
