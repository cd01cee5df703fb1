import { describe, expect, it } from 'vitest';
import { mannKendallTest } from './mann-kendall-test.ts';

describe('mannKendallTest', () => {
  it('is exact without ties: one ordering in n! is the most extreme', () => {
    // 5 rising values: S = 10, P(S = 10) = 1/120, two-sided 2/120.
    expect(mannKendallTest([0.1, 0.12, 0.13, 0.15, 0.2])).toEqual({ s: 10, pValue: expect.closeTo(2 / 120, 10) });
    // 3 periods can never be significant: 2 of 6 orderings are monotone.
    expect(mannKendallTest([3, 2, 1])).toEqual({ s: -3, pValue: expect.closeTo(1 / 3, 10) });
    // 4 values, one inversion: S = 6 − 2 = 4; P(inversions ≤ 1) = (1 + 3) / 24, two-sided 8/24.
    expect(mannKendallTest([1, 3, 2, 4]).pValue).toBeCloseTo(8 / 24, 10);
  });

  it('uses the tie-corrected normal approximation with ties', () => {
    // [1, 2, 2, 3]: S = 5; var = (4·3·13 − 2·1·9) ÷ 18 = 7.667; z = (5 − 1) ÷ 2.769 = 1.4446; p = 0.1486.
    expect(mannKendallTest([1, 2, 2, 3]).s).toBe(5);
    expect(mannKendallTest([1, 2, 2, 3]).pValue).toBeCloseTo(0.1486, 3);
  });

  it('a flat or too short series shows no trend', () => {
    expect(mannKendallTest([4, 4, 4])).toEqual({ s: 0, pValue: 1 });
    expect(mannKendallTest([4])).toEqual({ s: 0, pValue: 1 });
  });
});
