import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countDaysWithin, countIndexed, indexCheckpoints } from './count-days-within.ts';

describe('countDaysWithin', () => {
  const checkpoints = Float64Array.of(0, 30, 31, 59, 59);
  it('counts inclusive bounds and repeated days', () => {
    expect(countDaysWithin(checkpoints, 30, 59)).toBe(4);
    expect(countDaysWithin(checkpoints, 1, 29)).toBe(0);
    expect(countDaysWithin(checkpoints, 0, 0)).toBe(1);
  });

  it('treats a missing end as open and a missing start as never present', () => {
    expect(countDaysWithin(checkpoints, 31, NaN)).toBe(3);
    expect(countDaysWithin(checkpoints, NaN, NaN)).toBe(0);
  });
});

describe('countIndexed', () => {
  it('counts as countDaysWithin for any bounds, by table for whole-number checkpoints and by search otherwise', () => {
    const day = fc.oneof(fc.integer({ min: -5, max: 70 }), fc.double({ min: -5, max: 70, noNaN: true }), fc.constantFrom(NaN, Infinity, -Infinity));
    const checkpoints = fc.oneof(fc.array(fc.integer({ min: 0, max: 60 })), fc.array(fc.double({ min: 0, max: 60, noNaN: true })));
    fc.assert(
      fc.property(checkpoints, day, day, (days, from, to) => {
        const sorted = Float64Array.from(days).sort();
        expect(countIndexed(indexCheckpoints(sorted), from, to)).toBe(countDaysWithin(sorted, from, to));
      }),
    );
    expect(indexCheckpoints(Float64Array.of(0, 30, 31, 59)).upTo).not.toBeNull();
    expect(indexCheckpoints(Float64Array.of(0, 30.5)).upTo).toBeNull();
  });
});
