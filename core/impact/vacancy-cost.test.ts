import { describe, expect, it } from 'vitest';
import { defaultAssumptions } from './assumptions.ts';
import { editAssumptions } from './edit-assumptions.ts';
import { vacancyCost } from './vacancy-cost.ts';

describe('vacancyCost', () => {
  it('reproduces the worked example: 10M revenue, 40 staff, 230 working days, 73 days vacant → 79,350', () => {
    const assumptions = editAssumptions(defaultAssumptions, { workingDaysPerYear: { base: 230 } });
    const impact = vacancyCost({ revenueAnnual: 10_000_000, employees: 40, vacantDays: 73, evidenceIds: ['cost_of_vacancy|department=Sales'] }, assumptions)!;
    // 10,000,000 ÷ 40 = 250,000 per head; ÷ 230 = 1,086.96 a day; × 73 = 79,347.83.
    expect(impact.base).toBeCloseTo(79_347.83, 2);
    expect(Math.round(impact.base / 50) * 50).toBe(79_350);
    // The range widened to 230..260 days: 260 days gives 70,192.31, the low end.
    expect(impact.low).toBeCloseTo(70_192.31, 2);
    expect(impact.high).toBeCloseTo(79_347.83, 2);
    expect(impact.assumptionKeys).toEqual(['workingDaysPerYear']);
  });

  it('no employees: no estimate', () => {
    expect(vacancyCost({ revenueAnnual: 1e6, employees: 0, vacantDays: 10, evidenceIds: [] }, defaultAssumptions)).toBeNull();
  });
});
