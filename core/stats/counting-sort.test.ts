import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countingSort } from './counting-sort.ts';

/** True when `a` and `b` hold the same doubles in the same order, −0 and +0 told apart. */
const identical = (a: Float64Array, b: Float64Array) => a.length === b.length && a.every((value, i) => Object.is(value, b[i]));

describe('countingSort', () => {
  it('sorts compact whole numbers, negatives included, and says so', () => {
    const values = Float64Array.of(3, -1, 2, 3, 0);
    expect(countingSort(values)).toBe(true);
    expect([...values]).toEqual([-1, 0, 2, 3, 3]);
    expect(countingSort(new Float64Array(0))).toBe(true);
  });

  it('leaves fractions, −0, NaN and sparse whole numbers as they were', () => {
    for (const values of [Float64Array.of(2, 0.5, 1), Float64Array.of(1, -0, 0), Float64Array.of(2, NaN, 1), Float64Array.of(1000, 1)]) {
      const before = values.slice();
      expect(countingSort(values)).toBe(false);
      expect(identical(values, before)).toBe(true);
    }
  });

  it('sorts exactly as Float64Array sort whenever it sorts', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: -20, max: 20 }), fc.double({ noNaN: true }), fc.constant(-0))), (drawn) => {
        const values = Float64Array.from(drawn);
        const expected = values.slice().sort();
        if (countingSort(values)) expect(identical(values, expected)).toBe(true);
        else expect(identical(values, Float64Array.from(drawn))).toBe(true);
      }),
    );
  });
});
