import { describe, expect, it } from 'vitest';
import { quantile } from './quantile.ts';

describe('quantile (type 7)', () => {
  it("matches Microsoft's PERCENTILE.INC documentation example", () => {
    // PERCENTILE.INC({1,3,2,4}, 0.3) = 1.9 (support.microsoft.com, PERCENTILE.INC function).
    expect(quantile([1, 3, 2, 4], 0.3)).toBeCloseTo(1.9, 12);
  });

  it('matches R quantile(1:10, c(0, 0.25, 0.9, 1))', () => {
    // R: 1.00 3.25 9.10 10.00 (h = 9p: 2.25 → 3 + 0.25; 8.1 → 9 + 0.1).
    const values = Float64Array.from({ length: 10 }, (_, i) => 10 - i);
    expect(quantile(values, 0)).toBe(1);
    expect(quantile(values, 0.25)).toBeCloseTo(3.25, 12);
    expect(quantile(values, 0.9)).toBeCloseTo(9.1, 12);
    expect(quantile(values, 1)).toBe(10);
  });

  it('leaves the input untouched', () => {
    const values = [3, 1, 2];
    quantile(values, 0.5);
    expect(values).toEqual([3, 1, 2]);
  });

  it('is NaN for an empty sample and refuses p outside [0, 1]', () => {
    expect(quantile([], 0.5)).toBeNaN();
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
    expect(() => quantile([1], NaN)).toThrow(RangeError);
  });
});
