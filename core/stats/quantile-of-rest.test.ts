import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantile } from './quantile.ts';
import { quantileOfRest } from './quantile-of-rest.ts';

describe('quantileOfRest', () => {
  it('takes the quantile of what is left', () => {
    // Rest of 1..5 without 2 and 5 is [1, 3, 4]: median 3; P25 (h = 0.5) = 2; [1, 2, 2, 3] without one 2 → [1, 2, 3], median 2.
    expect(quantileOfRest([1, 2, 3, 4, 5], [2, 5], 0.5)).toBe(3);
    expect(quantileOfRest([1, 2, 3, 4, 5], [2, 5], 0.25)).toBe(2);
    expect(quantileOfRest([1, 2, 2, 3], [2], 0.5)).toBe(2);
  });

  it('is NaN when nothing is left and refuses p outside [0, 1]', () => {
    expect(quantileOfRest([1, 2], [1, 2], 0.5)).toBeNaN();
    expect(() => quantileOfRest([1, 2], [1], 2)).toThrow(RangeError);
  });

  it('agrees with quantile() of the materialised rest', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 20 }),
        fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 20 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (part, rest, p) => {
          const all = Float64Array.from([...part, ...rest]).sort();
          expect(quantileOfRest(all, Float64Array.from(part).sort(), p)).toBeCloseTo(quantile(rest, p), 9);
        },
      ),
    );
  });
});
