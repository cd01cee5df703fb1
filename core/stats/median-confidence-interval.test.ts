import { describe, expect, it } from 'vitest';
import { medianConfidenceInterval } from './median-confidence-interval.ts';

const ranks = (n: number) => Float64Array.from({ length: n }, (_, i) => n - i);

describe('medianConfidenceInterval', () => {
  // Campbell MJ, Gardner MJ (1988), BMJ 296:1454–1456, table of ranks for the 95% CI of a median
  // (also in Altman et al., Statistics with Confidence): n → (r, n − r + 1).
  it.each([
    [6, 1, 6],
    [9, 2, 8],
    [10, 2, 9],
    [12, 3, 10],
    [20, 6, 15],
    [30, 10, 21],
    [50, 18, 33],
    [100, 40, 61],
  ])('n = %i → ranks %i to %i', (n, lower, upper) => {
    // The sample 1..n (shuffled order) makes the interval's values equal its ranks.
    expect(medianConfidenceInterval(ranks(n))).toEqual([lower, upper]);
  });

  it('widens for a higher level', () => {
    // n = 10 at 99%: P(B ≤ 0) = 1/1024 ≤ 0.005 < P(B ≤ 1) = 11/1024, so r = 1.
    expect(medianConfidenceInterval(ranks(10), 0.99)).toEqual([1, 10]);
  });

  it('reads values, not ranks', () => {
    expect(medianConfidenceInterval([31, 12, 55, 40, 18, 27, 60, 44, 22, 35])).toEqual([18, 55]);
  });

  it('returns null when the sample is too small for the level', () => {
    expect(medianConfidenceInterval(ranks(5))).toBeNull();
    expect(medianConfidenceInterval([])).toBeNull();
    expect(() => medianConfidenceInterval(ranks(10), 1)).toThrow(RangeError);
  });

  it('handles a large sample without underflow', () => {
    // R: pbinom(4901, 10000, 0.5) = 0.02442 ≤ 0.025 < pbinom(4902, 10000, 0.5) = 0.02559, so r = 4902
    // (the normal approximation n/2 − 1.96·√n/2 = 4902 agrees).
    expect(medianConfidenceInterval(ranks(10_000))).toEqual([4902, 5099]);
    // pbinom(468, 1000, 0.5) = 0.02315 ≤ 0.025 < pbinom(469, …) = 0.02684; pbinom(499019, 1e6, 0.5) = 0.024939 ≤ 0.025 <
    // pbinom(499020, …) = 0.025056 (values from scipy.stats.binom.cdf, same as R's pbinom).
    expect(medianConfidenceInterval(ranks(1000))).toEqual([469, 532]);
    expect(medianConfidenceInterval(ranks(1_000_000))).toEqual([499_020, 500_981]);
  });
});
