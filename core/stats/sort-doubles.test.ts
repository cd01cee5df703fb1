import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortDoubles } from './sort-doubles.ts';

/** Long enough for the radix sort (it starts at 2^15 values). */
const LONG = 40_000;

/** True when `a` and `b` hold the same doubles in the same order, −0 and +0 told apart. */
const identical = (a: Float64Array, b: Float64Array) => a.length === b.length && a.every((value, i) => Object.is(value, b[i]));

/** `sortDoubles` of a copy of `values`, checked against Float64Array sort of another copy. */
function sortsLikeFloat64ArraySort(values: Float64Array): boolean {
  const ours = values.slice();
  sortDoubles(ours);
  return identical(ours, values.slice().sort());
}

describe('sortDoubles', () => {
  it('sorts short arrays as Float64Array sort does, −0 before +0 and NaN last', () => {
    const values = Float64Array.of(0.5, NaN, 0, -0, -3, Infinity, -Infinity);
    sortDoubles(values);
    expect([...values]).toEqual([-Infinity, -3, -0, 0, 0.5, Infinity, NaN]);
  });

  it('sorts long arrays of any doubles (negatives, zeros of both signs, infinities, subnormals, NaN) in exactly the same order', () => {
    const special = fc.constantFrom(-0, 0, Infinity, -Infinity, Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE, 1, -1);
    const value = fc.oneof({ arbitrary: fc.double(), weight: 4 }, { arbitrary: special, weight: 2 }, { arbitrary: fc.integer({ min: -3, max: 3 }), weight: 2 });
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 50 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (pool, seed) => {
        // A long array drawn from a small pool, so digits repeat and ties abound, as in pay ratios.
        let state = seed;
        const values = Float64Array.from({ length: LONG }, () => pool[(state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) % pool.length]);
        return sortsLikeFloat64ArraySort(values);
      }),
      { numRuns: 30 },
    );
  });

  it('sorts long arrays of ratios near 1 (digits every value shares are skipped), with or without a NaN', () => {
    const ratios = Float64Array.from({ length: LONG }, (_, i) => (30_000 + ((i * 7_919) % 150_000)) / [72_400, 119_000, 85_400][i % 3]);
    expect(sortsLikeFloat64ArraySort(ratios)).toBe(true);
    ratios[123] = -NaN;
    expect(sortsLikeFloat64ArraySort(ratios)).toBe(true);
  });

  it('sorts a view in place without touching the rest of its buffer', () => {
    const buffer = Float64Array.from({ length: LONG + 2 }, (_, i) => LONG - i);
    sortDoubles(buffer.subarray(1, LONG + 1));
    expect(buffer[0]).toBe(LONG);
    expect(buffer[LONG + 1]).toBe(-1);
    expect(identical(buffer.subarray(1, LONG + 1), Float64Array.from({ length: LONG }, (_, i) => i))).toBe(true);
  });
});
