import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchSorted } from './search-sorted.ts';

describe('searchSorted', () => {
  it('finds both ends of a run of ties (numpy.searchsorted semantics)', () => {
    const sorted = [1, 2, 2, 2, 5];
    expect(searchSorted(sorted, 2)).toBe(1);
    expect(searchSorted(sorted, 2, 'right')).toBe(4);
    expect(searchSorted(sorted, 0)).toBe(0);
    expect(searchSorted(sorted, 9, 'right')).toBe(5);
    expect(searchSorted([], 1)).toBe(0);
  });

  it('counts values below and up to x', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 })), fc.integer({ min: -6, max: 6 }), (values, x) => {
        const sorted = Float64Array.from(values).sort();
        expect(searchSorted(sorted, x, 'left')).toBe(values.filter((v) => v < x).length);
        expect(searchSorted(sorted, x, 'right')).toBe(values.filter((v) => v <= x).length);
      }),
    );
  });
});
