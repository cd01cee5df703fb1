import { describe, expect, it } from 'vitest';
import { compareProportions } from './compare-proportions.ts';

describe('compareProportions', () => {
  it('uses Fisher when an expected count is below 5', () => {
    // 3/10 vs 1/20: expected leavers in the first group = 10 · 4 / 30 = 1.33 < 5; Fisher p = 2/21 (R fisher.test: 0.09524).
    const result = compareProportions(3, 10, 1, 20)!;
    expect(result.test).toBe('fisher-exact');
    expect(result.pValue).toBeCloseTo(2 / 21, 10);
  });

  it('uses the z-test when every expected count is at least 5', () => {
    // 40/100 vs 25/100: smallest expected count = 100 · 65 / 200 = 32.5; p = 0.02354 (R prop.test, correct = FALSE).
    const result = compareProportions(40, 100, 25, 100)!;
    expect(result.test).toBe('two-proportion-z');
    expect(result.pValue).toBeCloseTo(0.02354, 5);
  });

  it('switches exactly at an expected count of 5', () => {
    // 10/20 vs 0/20: expected counts 5, 15, 5, 15 → z-test; 9/18 vs 0/20 → smallest expected 18 · 9 / 38 = 4.26 → Fisher.
    expect(compareProportions(10, 20, 0, 20)!.test).toBe('two-proportion-z');
    expect(compareProportions(9, 18, 0, 20)!.test).toBe('fisher-exact');
  });

  it('rounds average-headcount denominators to whole people for Fisher', () => {
    // 3 of 9.6 → 3 of 10; 1 of 20.4 → 1 of 20: the 2/21 table above.
    const result = compareProportions(3, 9.6, 1, 20.4)!;
    expect(result.test).toBe('fisher-exact');
    expect(result.pValue).toBeCloseTo(2 / 21, 10);
  });

  it('returns null when the rates are not testable proportions', () => {
    expect(compareProportions(1, 0, 1, 10)).toBeNull();
    expect(compareProportions(12, 10, 1, 10)).toBeNull();
    expect(compareProportions(NaN, 10, 1, 10)).toBeNull();
  });
});
