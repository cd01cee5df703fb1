import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wilsonInterval } from './wilson-interval.ts';

describe('wilsonInterval', () => {
  // Newcombe RG (1998), "Two-sided confidence intervals for the single proportion: comparison of seven methods",
  // Statistics in Medicine 17:857–872: its worked examples, method 3 (score interval without continuity correction).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i/%i → [%f, %f] (Newcombe 1998)', (x, n, lo, hi) => {
    const ci = wilsonInterval(x, n)!;
    expect(ci[0]).toBeCloseTo(lo, 4);
    expect(ci[1]).toBeCloseTo(hi, 4);
  });

  it('takes a non-integer denominator as the effective sample size', () => {
    // 3 separations over an average headcount of 12.5: the formula evaluated at n = 12.5 by hand
    // (p̂ = 0.24, z² = 3.841459): centre = (0.24 + 0.153658) / 1.307317 = 0.301119,
    // half-width = 1.959964 · √(0.0145920 + 0.0061463) / 1.307317 = 0.215901.
    const [lo, hi] = wilsonInterval(3, 12.5)!;
    expect(lo).toBeCloseTo(0.085219, 5);
    expect(hi).toBeCloseTo(0.517020, 5);
  });

  it('returns null when there is nothing to estimate', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(wilsonInterval(5, 4)).toBeNull();
    expect(wilsonInterval(-1, 4)).toBeNull();
    expect(wilsonInterval(NaN, 4)).toBeNull();
  });

  it('lies within [0, 1] and contains the point estimate', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (trials, share) => {
          const successes = Math.floor(trials * share);
          const [lo, hi] = wilsonInterval(successes, trials)!;
          const p = successes / trials;
          expect(lo).toBeGreaterThanOrEqual(0);
          expect(hi).toBeLessThanOrEqual(1);
          expect(lo).toBeLessThanOrEqual(p);
          expect(hi).toBeGreaterThanOrEqual(p);
        },
      ),
    );
  });
});
