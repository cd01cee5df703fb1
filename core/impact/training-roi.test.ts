import { describe, expect, it } from 'vitest';
import { defaultAssumptions } from './assumptions.ts';
import { trainingRoi } from './training-roi.ts';

const conversion = { before: 0.2, after: 0.26, valuePerUnit: 1_000_000, participants: 20, evidenceIds: ['training_effect|course=Consultative selling'] };

describe('trainingRoi', () => {
  it('nets out the comparison group\'s change (difference in differences)', () => {
    // Gain (0.26 − 0.20) − (0.22 − 0.20) = 0.04; × 1,000,000 = 40,000; (40,000 − 20,000) ÷ 20,000 = 1.
    const impact = trainingRoi({ ...conversion, comparison: { before: 0.2, after: 0.22 }, costTotal: 20_000 }, defaultAssumptions)!;
    expect(impact.base).toBeCloseTo(1, 10);
    expect(impact.low).toBeCloseTo(1, 10);
    expect(impact.assumptionKeys).toEqual([]);
  });

  it('without costs in the records it uses the per-participant assumption', () => {
    // Gain 0.06 × 1,000,000 = 60,000 (no comparison group). Cost 20 × 1,000 = 20,000 → ROI 2;
    // 20 × 1,280 = 25,600 → 1.34375; 20 × 774 = 15,480 → 2.87597.
    const impact = trainingRoi({ ...conversion, comparison: null, costTotal: null }, defaultAssumptions)!;
    expect(impact.base).toBeCloseTo(2, 10);
    expect(impact.low).toBeCloseTo(1.34375, 5);
    expect(impact.high).toBeCloseTo(2.87597, 5);
    expect(impact.assumptionKeys).toEqual(['trainingCostPerParticipant']);
  });

  it('a free training has no ROI', () => {
    expect(trainingRoi({ ...conversion, comparison: null, costTotal: 0 }, defaultAssumptions)).toBeNull();
  });
});
