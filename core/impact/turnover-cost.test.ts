import { describe, expect, it } from 'vitest';
import { defaultAssumptions } from './assumptions.ts';
import { turnoverCost } from './turnover-cost.ts';

describe('turnoverCost', () => {
  it('separations × leavers\' salary × leaver cost share', () => {
    // 12 × 80,000 = 960,000; × 0.21 / 0.5 / 1.5.
    expect(turnoverCost({ separations: 12, salaryAnnual: 80_000, evidenceIds: ['turnover_rate:voluntary|department=R&D'] }, defaultAssumptions)).toEqual({
      id: 'turnover-cost|turnover_rate:voluntary|department=R&D',
      kind: 'turnover-cost',
      low: 201_600,
      base: 480_000,
      high: 1_440_000,
      currency: 'USD',
      assumptionKeys: ['leaverCostShare'],
      evidenceIds: ['turnover_rate:voluntary|department=R&D'],
    });
  });

  it('without salaries in the data it uses and names the fallback salary', () => {
    // 10 × 60,000 × 0.5 = 300,000; low 10 × 45,000 × 0.21 = 94,500; high 10 × 90,000 × 1.5 = 1,350,000.
    expect(turnoverCost({ separations: 10, salaryAnnual: null, evidenceIds: [] }, defaultAssumptions)).toMatchObject({
      low: 94_500,
      base: 300_000,
      high: 1_350_000,
      assumptionKeys: ['leaverCostShare', 'salaryAnnualFallback'],
    });
  });

  it('no leavers cost nothing; a negative count cannot be estimated', () => {
    expect(turnoverCost({ separations: 0, salaryAnnual: 80_000, evidenceIds: [] }, defaultAssumptions)).toMatchObject({ low: 0, base: 0, high: 0 });
    expect(turnoverCost({ separations: -1, salaryAnnual: 80_000, evidenceIds: [] }, defaultAssumptions)).toBeNull();
  });
});
