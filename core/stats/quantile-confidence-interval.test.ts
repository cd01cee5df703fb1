import { describe, expect, it } from 'vitest';
import { medianConfidenceInterval } from './median-confidence-interval.ts';
import { quantileConfidenceInterval } from './quantile-confidence-interval.ts';

const ranks = (n: number) => Float64Array.from({ length: n }, (_, i) => n - i);

describe('quantileConfidenceInterval', () => {
  it.each([6, 10, 20, 50, 100])('matches the median interval at p = ½ for n = %i', (n) => {
    expect(quantileConfidenceInterval(ranks(n), 0.5)).toEqual(medianConfidenceInterval(ranks(n)));
  });

  it('gives the P90 ranks of 100 values: P(B ≤ 83) ≤ 0.025 < P(B ≤ 84) and P(B ≥ 96) ≤ 0.025 < P(B ≥ 95) for B ~ Bin(100, 0.9)', () => {
    expect(quantileConfidenceInterval(ranks(100), 0.9)).toEqual([84, 96]);
  });

  it('is null when one tail has no room: 10 values cannot bound a P90 at 95%', () => {
    expect(quantileConfidenceInterval(ranks(10), 0.9)).toBeNull();
  });

  it('rejects p or level outside (0, 1)', () => {
    expect(() => quantileConfidenceInterval([1, 2], 1)).toThrow(RangeError);
    expect(() => quantileConfidenceInterval([1, 2], 0.5, 1)).toThrow(RangeError);
  });
});
