import type { Evidence } from '../metrics/evidence.ts';
import type { Finding } from './finding.ts';

/** A department goal expressed as a metric target (from the goals table: department, metric, target, deadline). */
export interface Target {
  metric: string;
  /** Variant the target is about (`voluntary`); absent or null = the headline value. */
  variant?: string | null;
  /** null = company-wide. */
  department: string | null;
  /** In the metric's own unit: a ratio for rates (0.05 for 5%), days for durations. */
  target: number;
  /** ISO date by which the target is to be met. */
  deadline: string;
}

/** What the detectors need beside the evidence. */
export interface DetectContext {
  /** Targets for the off-target detector. */
  targets?: readonly Target[];
  /** Metric ids in the evidence that measure the business (sales, output, revenue_per_head), for the association detector. */
  businessMetrics?: readonly string[];
}

/** A findings detector: one file each, registered in detect-findings.ts. */
export type Detector = (evidence: readonly Evidence[], context: DetectContext) => Finding[];

/** Metrics measuring pay against market, whose significant differences count from minPayEffect. */
const payMetrics: readonly string[] = ['compa_ratio', 'leaver_compa_ratio', 'pay_percentile'];

/**
 * Thresholds every detector shares, so "what stands out" means the same everywhere:
 * - alpha: significance level after Benjamini–Hochberg (DESIGN.md §6).
 * - minEffect: a significant difference is listed from a 10% relative difference; smaller ones are true but not worth a boss's time.
 * - minEffectUnproven: a difference that fails the test is still listed from 25%, flagged not significant, so the text can say
 *   there is too little data to conclude.
 * - minPayEffect: a significant difference in pay against market (payMetrics) is listed from 5%: pay spreads are far narrower
 *   than rates, and the EU Pay Transparency Directive 2023/970 (Art. 10) calls for a joint pay assessment from a 5% gap.
 * - association: Cohen's (1988) medium |r| = 0.3 when significant, large |r| = 0.5 otherwise, and never below 5 departments.
 */
export const detectThresholds = {
  alpha: 0.05,
  minEffect: 0.1,
  minEffectUnproven: 0.25,
  minPayEffect: 0.05,
  minAssociationR: 0.3,
  minAssociationRUnproven: 0.5,
  minAssociationN: 5,
  minTrendPeriods: 3,
} as const;

/**
 * The smallest relative difference a gap or change detector lists: 25% when the test did not pass, else 10%, or 5% for pay
 * against market, so every detector draws the line at the same place for the same metric.
 * @example minEffectOf('leaver_compa_ratio', true) // 0.05
 */
export function minEffectOf(metric: string, significant: boolean): number {
  if (!significant) return detectThresholds.minEffectUnproven;
  return payMetrics.includes(metric) ? detectThresholds.minPayEffect : detectThresholds.minEffect;
}
