import type { Impact } from '../findings/finding.ts';
import type { Assumptions } from './assumptions.ts';
import { estimateImpact } from './estimate-impact.ts';

/** Data behind a training ROI: the business metric's change for the trained group and, where one exists, a comparison group. */
export interface TrainingRoiInput {
  /** The trained group's change in the metric (after − before): base, and the ends of its 95% interval (all equal when unknown). */
  change: { low: number; base: number; high: number };
  /** The untrained comparison group's change over the same dates; 0 when there is none (the whole change is then attributed). */
  comparisonChange: number;
  /** Money one unit of the metric's gain is worth over the horizon evaluated, for the whole trained group. */
  valuePerUnit: number;
  participants: number;
  /** Total cost from the training records; null when they carry none, so the per-participant assumption is used. */
  costTotal: number | null;
  evidenceIds: readonly string[];
}

/**
 * Return on a training, as a ratio (1 = the training paid back twice its cost): (gain attributable × value per unit − cost) ÷ cost, where
 * gain attributable = change − comparison change (difference in differences; Phillips ROI methodology). Low / high span both the
 * change's interval and the cost assumption's range; for this kind they are ratios, not money. Null when the cost is zero or an
 * input is not finite.
 * @example trainingRoi({ change: { low: 0.06, base: 0.06, high: 0.06 }, comparisonChange: 0.02, valuePerUnit: 1_000_000, participants: 20, costTotal: 20_000, evidenceIds: [] }, defaultAssumptions).base
 * // (0.04 × 1,000,000 − 20,000) ÷ 20,000 = 1
 */
export function trainingRoi(input: TrainingRoiInput, assumptions: Assumptions): Impact | null {
  const [low, base, high] = [input.change.low, input.change.base, input.change.high].map((change) => roiAtChange(change, input, assumptions));
  if (!low || !base || !high) return null;
  return { ...base, low: Math.min(low.low, base.low, high.low), high: Math.max(low.high, base.high, high.high) };
}

/** The ROI range over the cost assumption for one value of the trained group's change. */
function roiAtChange(change: number, input: TrainingRoiInput, assumptions: Assumptions): Impact | null {
  const benefit = (change - input.comparisonChange) * input.valuePerUnit;
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
