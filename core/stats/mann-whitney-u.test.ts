import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mannWhitneyU } from './mann-whitney-u.ts';

describe('mannWhitneyU', () => {
  it('matches the Hollander & Wolfe permeability example of R ?wilcox.test', () => {
    // Hollander & Wolfe (1973), p. 69: term (x) vs 12–26 weeks (y). R: W = 35. Normal approximation by hand:
    // mean 10·5/2 = 25, σ = √(50·16/12) = 8.164966, z = (35 − 25 − 0.5) / σ = 1.163508, p = 2·(1 − Φ(z)) = 0.24462
    // (R wilcox.test(x, y, exact = FALSE) gives p-value = 0.2446).
    const x = [0.8, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
    const y = [1.15, 0.88, 0.9, 0.74, 1.21];
    const result = mannWhitneyU(x, y)!;
    expect(result.u).toBe(35);
    expect(result.z).toBeCloseTo(1.163508, 5);
    expect(result.pValue).toBeCloseTo(0.24462, 5);
  });

  it('averages tied ranks and corrects the variance for ties', () => {
    // Pooled 1 2 2 2 3 4 5 5 6: ranks 1, 3, 3, 3, 5, 6, 7.5, 7.5, 9. R₁ = 1 + 3 + 3 + 6 = 13, U = 13 − 10 = 3.
    // Σ(t³ − t) = 24 + 6 = 30; σ² = 20/12 · (10 − 30/72) = 15.972222; z = (3 − 10 + 0.5) / 3.996526 = −1.626412;
    // p = 2·Φ(−1.626412) = 0.103862 (R wilcox.test(exact = FALSE) and scipy mannwhitneyu agree).
    const result = mannWhitneyU([1, 2, 2, 4], [2, 3, 5, 5, 6])!;
    expect(result.u).toBe(3);
    expect(result.z).toBeCloseTo(-1.626412, 5);
    expect(result.pValue).toBeCloseTo(0.103862, 5);
  });

  it('returns null for an empty sample and p = 1 when everything ties', () => {
    expect(mannWhitneyU([], [1, 2])).toBeNull();
    expect(mannWhitneyU([1, 2], [])).toBeNull();
    expect(mannWhitneyU([3, 3], [3, 3, 3])).toEqual({ u: 3, z: 0, pValue: 1 });
  });

  it('counts U as pairs won plus half the ties', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 15 }),
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 15 }),
        (a, b) => {
          let pairs = 0;
          for (const x of a) for (const y of b) pairs += x > y ? 1 : x === y ? 0.5 : 0;
          const result = mannWhitneyU(a, b)!;
          expect(result.u).toBeCloseTo(pairs, 9);
          expect(result.pValue).toBeGreaterThan(0);
          expect(result.pValue).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
