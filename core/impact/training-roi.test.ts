import { describe, expect, it } from 'vitest';
import { defaultAssumptions } from './assumptions.ts';
import { trainingRoi } from './training-roi.ts';

const conversion = { change: { low: 0.06, base: 0.06, high: 0.06 }, valuePerUnit: 1_000_000, participants: 20, evidenceIds: ['training_effect|course=Consultative selling'] };

describe('trainingRoi', () => {
  it('nets out the comparison group\'s change (difference in differences)', () => {
    // Gain 0.06 − 0.02 = 0.04; × 1,000,000 = 40,000; (40,000 − 20,000) ÷ 20,000 = 1.
    const impact = trainingRoi({ ...conversion, comparisonChange: 0.02, costTotal: 20_000 }, defaultAssumptions)!;
    expect(impact.base).toBeCloseTo(1, 10);
    expect(impact.low).toBeCloseTo(1, 10);
    expect(impact.assumptionKeys).toEqual([]);
  });

  it('without costs in the records it uses the per-participant assumption', () => {
    // Gain 0.06 × 1,000,000 = 60,000 (no comparison group). Cost 20 × 1,000 = 20,000 → ROI 2;
    // 20 × 1,280 = 25,600 → 1.34375; 20 × 774 = 15,480 → 2.87597.
    const impact = trainingRoi({ ...conversion, comparisonChange: 0, costTotal: null }, defaultAssumptions)!;
    expect(impact.base).toBeCloseTo(2, 10);
    expect(impact.low).toBeCloseTo(1.34375, 5);
    expect(impact.high).toBeCloseTo(2.87597, 5);
    expect(impact.assumptionKeys).toEqual(['trainingCostPerParticipant']);
  });

  it('takes low and high from the ends of the change\'s interval', () => {
    // Gains 0.03 | 0.04 | 0.05 (change 0.05 | 0.06 | 0.07 − 0.02) × 1,000,000 = 30,000 | 40,000 | 50,000 on a 20,000 cost → ROI 0.5 | 1 | 1.5.
    const impact = trainingRoi({ ...conversion, change: { low: 0.05, base: 0.06, high: 0.07 }, comparisonChange: 0.02, costTotal: 20_000 }, defaultAssumptions)!;
    expect(impact).toMatchObject({ low: expect.closeTo(0.5, 10), base: expect.closeTo(1, 10), high: expect.closeTo(1.5, 10) });
  });

  it('a training with no effect loses its whole cost, and one that made things worse loses more', () => {
    // Gain 0.02 − 0.02 = 0 → (0 − 20,000) ÷ 20,000 = −1; gain 0.01 − 0.02 = −0.01 → (−10,000 − 20,000) ÷ 20,000 = −1.5.
    const flat = { ...conversion, comparisonChange: 0.02, costTotal: 20_000 };
    expect(trainingRoi({ ...flat, change: { low: 0.02, base: 0.02, high: 0.02 } }, defaultAssumptions)!.base).toBeCloseTo(-1, 10);
    expect(trainingRoi({ ...flat, change: { low: 0.01, base: 0.01, high: 0.01 } }, defaultAssumptions)!.base).toBeCloseTo(-1.5, 10);
  });

  it('a free training has no ROI', () => {
    expect(trainingRoi({ ...conversion, comparisonChange: 0, costTotal: 0 }, defaultAssumptions)).toBeNull();
  });
});
