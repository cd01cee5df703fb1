import { describe, expect, it } from 'vitest';
import { sortedAscending } from './sorted-ascending.ts';

describe('sortedAscending', () => {
  it('returns already ascending values themselves, ties included', () => {
    const sorted = Float64Array.of(1, 2, 2, 5);
    expect(sortedAscending(sorted)).toBe(sorted);
    const empty: number[] = [];
    expect(sortedAscending(empty)).toBe(empty);
  });

  it('sorts a copy otherwise, numerically, leaving the input alone', () => {
    const values = [10, 9, 100];
    expect(Array.from(sortedAscending(values))).toEqual([9, 10, 100]);
    expect(values).toEqual([10, 9, 100]);
  });
});
