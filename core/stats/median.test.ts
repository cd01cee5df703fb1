import { describe, expect, it } from 'vitest';
import { median } from './median.ts';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values (R median, Excel MEDIAN)', () => {
    expect(median([7, 1, 3])).toBe(3);
    expect(median([5, 1, 3, 2])).toBe(2.5);
    expect(median(Float64Array.of(42))).toBe(42);
  });

  it('is NaN for an empty sample', () => {
    expect(median([])).toBeNaN();
  });
});
