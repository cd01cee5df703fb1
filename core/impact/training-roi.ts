import type { Impact } from '../findings/finding.ts';
import type { Assumptions } from './assumptions.ts';
import { estimateImpact } from './estimate-impact.ts';

/** Data behind a training ROI: the business metric before and after, for the trained group and, where one exists, a comparison group. */
export interface TrainingRoiInput {
  before: number;
  after: number;
  /** The untrained comparison group's values over the same dates; null when there is none (the whole change is then attributed). */
  comparison: { before: number; after: number } | null;
  /** Money one unit of the metric's gain is worth over the horizon evaluated, for the whole trained group. */
  valuePerUnit: number;
  participants: number;
  /** Total cost from the training records; null when they carry none, so the per-participant assumption is used. */
  costTotal: number | null;
  evidenceIds: readonly string[];
}

/**
 * Return on a training, as a ratio (1 = the training paid back twice its cost): (gain attributable × value per unit − cost) ÷ cost, where
 * gain attributable = (after − before) − (comparison after − comparison before) (difference in differences; Phillips ROI methodology).
 * For this kind low / base / high are ratios, not money. Null when the cost is zero or an input is not finite.
 * @example trainingRoi({ before: 0.2, after: 0.26, comparison: { before: 0.2, after: 0.22 }, valuePerUnit: 1_000_000, participants: 20, costTotal: 20_000, evidenceIds: [] }, defaultAssumptions).base
 * // (0.04 × 1,000,000 − 20,000) ÷ 20,000 = 1
 */
export function trainingRoi(input: TrainingRoiInput, assumptions: Assumptions): Impact | null {
  const change = input.comparison ? input.comparison.after - input.comparison.before : 0;
  const benefit = (input.after - input.before - change) * input.valuePerUnit;
  const { costTotal } = input;
  return costTotal === null
    ? estimateImpact('training-roi', ['trainingCostPerParticipant'], assumptions, input.evidenceIds, (a) =>
        roi(benefit, input.participants * a.trainingCostPerParticipant),
      )
    : estimateImpact('training-roi', [], assumptions, input.evidenceIds, () => roi(benefit, costTotal));
}

function roi(benefit: number, cost: number): number {
  return cost > 0 ? (benefit - cost) / cost : NaN;
}
