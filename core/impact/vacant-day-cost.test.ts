import { describe, expect, it } from 'vitest';
import { vacantDayCost } from './vacant-day-cost.ts';

describe('vacantDayCost', () => {
  it('revenue per head per working day', () => {
    expect(vacantDayCost(26_000_000, 100, 260)).toBe(1_000);
    expect(vacantDayCost(10_000_000, 40, 230)).toBeCloseTo(1_086.96, 2);
  });

  it('is NaN without employees or working days', () => {
    expect(vacantDayCost(1e6, 0, 260)).toBeNaN();
    expect(vacantDayCost(1e6, 10, 0)).toBeNaN();
  });
});
