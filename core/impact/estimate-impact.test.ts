import { describe, expect, it } from 'vitest';
import { defaultAssumptions } from './assumptions.ts';
import { estimateImpact } from './estimate-impact.ts';

describe('estimateImpact', () => {
  it('takes low and high from the corners, whichever way an assumption pushes', () => {
    // 1,000,000 ÷ days × share: fewer days and a larger share give the high end.
    const impact = estimateImpact('vacancy-cost', ['workingDaysPerYear', 'leaverCostShare'], defaultAssumptions, ['e1', 'e2'], (a) =>
      (1_000_000 / a.workingDaysPerYear) * a.leaverCostShare,
    );
    expect(impact).toMatchObject({ id: 'vacancy-cost|e1+e2', currency: 'USD', assumptionKeys: ['workingDaysPerYear', 'leaverCostShare'], evidenceIds: ['e1', 'e2'] });
    expect(impact!.base).toBeCloseTo((1_000_000 / 260) * 0.5, 6); // 1,923.08
    expect(impact!.low).toBeCloseTo((1_000_000 / 260) * 0.21, 6); // 807.69
    expect(impact!.high).toBeCloseTo((1_000_000 / 250) * 1.5, 6); // 6,000
  });

  it('no assumptions: low = base = high', () => {
    expect(estimateImpact('vacancy-cost', [], defaultAssumptions, [], () => 2)).toMatchObject({ low: 2, base: 2, high: 2, assumptionKeys: [] });
  });

  it('an impossible estimate is null, never 0', () => {
    expect(estimateImpact('vacancy-cost', ['workingDaysPerYear'], defaultAssumptions, [], () => NaN)).toBeNull();
  });
});
