import { describe, expect, it } from 'vitest';
import { twoProportionZTest } from './two-proportion-z-test.ts';

describe('twoProportionZTest', () => {
  it('matches the hand computation and R prop.test(c(40, 25), c(100, 100), correct = FALSE)', () => {
    // p̂ = 65/200 = 0.325; SE = √(0.325 · 0.675 · 0.02) = 0.0662382; z = 0.15 / 0.0662382 = 2.26455;
    // R reports X-squared = 5.1282 (= z²), p-value = 0.02354.
    const { z, pValue } = twoProportionZTest(40, 100, 25, 100);
    expect(z).toBeCloseTo(2.26455, 5);
    expect(pValue).toBeCloseTo(0.02354, 5);
  });

  it('is antisymmetric in the groups', () => {
    const a = twoProportionZTest(40, 100, 25, 100);
    const b = twoProportionZTest(25, 100, 40, 100);
    expect(b.z).toBeCloseTo(-a.z, 12);
    expect(b.pValue).toBeCloseTo(a.pValue, 12);
  });

  it('accepts non-integer denominators', () => {
    // 3 leavers over an average headcount of 12.5 vs 5 over 47.5, by hand: p̂₁ = 0.24, p̂₂ = 0.105263,
    // p̂ = 8/60 = 0.133333, SE = √(0.133333 · 0.866667 · (0.08 + 0.0210526)) = 0.108060, z = 0.134737 / 0.108060 = 1.24687.
    expect(twoProportionZTest(3, 12.5, 5, 47.5).z).toBeCloseTo(1.24687, 4);
  });

  it('reports no difference when both groups are all-or-nothing alike, NaN when a group is empty', () => {
    expect(twoProportionZTest(0, 10, 0, 20)).toEqual({ z: 0, pValue: 1 });
    expect(twoProportionZTest(10, 10, 20, 20)).toEqual({ z: 0, pValue: 1 });
    const empty = twoProportionZTest(0, 0, 3, 20);
    expect(empty.z).toBeNaN();
    expect(empty.pValue).toBeNaN();
  });
});
