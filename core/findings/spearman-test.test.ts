import { describe, expect, it } from 'vitest';
import { spearmanTest } from './spearman-test.ts';

describe('spearmanTest', () => {
  it('exact for small n (as R cor.test(method = "spearman"))', () => {
    // Σd² = 4 → rho = 1 − 6·4 ÷ (5·24) = 0.8; 8 of 120 orderings reach 0.8, two-sided 16/120.
    const result = spearmanTest([10, 20, 30, 40, 50], [0.2, 0.1, 0.4, 0.3, 0.5]);
    expect(result.rho).toBeCloseTo(0.8, 10);
    expect(result.pValue).toBeCloseTo(16 / 120, 10);
    // A perfect inverse ranking of 6: 2 of 720 orderings are as extreme.
    expect(spearmanTest([1, 2, 3, 4, 5, 6], [60, 50, 40, 30, 20, 10])).toEqual({ rho: expect.closeTo(-1, 10), pValue: expect.closeTo(2 / 720, 10) });
  });

  it('averages tied ranks', () => {
    // ranks x = 1, 2.5, 2.5, 4; y = 1, 2, 3, 4: rho = Pearson of ranks = 0.9487.
    expect(spearmanTest([1, 2, 2, 3], [1, 2, 3, 4]).rho).toBeCloseTo(0.9487, 4);
  });

  it('normal approximation above 9 pairs', () => {
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    // rho = 1, z = √9 = 3, p = 2Φ(−3) = 0.0027.
    expect(spearmanTest(x, x).pValue).toBeCloseTo(0.0027, 4);
  });

  it('untestable with fewer than 3 pairs or no variation', () => {
    expect(spearmanTest([1, 2], [1, 2]).pValue).toBeNull();
    expect(spearmanTest([1, 2, 3], [5, 5, 5]).pValue).toBeNull();
  });
});
