import { describe, expect, it } from 'vitest';
import { pValueFromIntervals } from './p-value-from-intervals.ts';

describe('pValueFromIntervals', () => {
  it('two estimates: se from each interval width', () => {
    // se 8 ÷ 3.92 = 2.041 and 6 ÷ 3.92 = 1.531; z = 10 ÷ 2.551 = 3.920; p = 8.86e-5.
    expect(pValueFromIntervals(30, [26, 34], 20, [17, 23])).toBeCloseTo(8.86e-5, 6);
  });

  it('against a fixed target: the interval just touching the target gives p = 0.05', () => {
    expect(pValueFromIntervals(0.1, [0.08, 0.12], 0.12, null)).toBeCloseTo(0.05, 4);
  });

  it('zero width: certain', () => {
    expect(pValueFromIntervals(5, [5, 5], 4, null)).toBe(0);
    expect(pValueFromIntervals(5, [5, 5], 5, [5, 5])).toBe(1);
  });
});
