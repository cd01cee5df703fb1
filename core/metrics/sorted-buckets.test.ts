import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortedBuckets, sortedGroupSamples } from './sorted-buckets.ts';

describe('sortedBuckets', () => {
  it('groups by key, sorts within each bucket and leaves out key −1', () => {
    const { values, offsets } = sortedBuckets(Int32Array.of(1, 0, 1, -1, 2, 1), Float64Array.of(5, 7, 2, 9, 4, 3), 4);
    expect([...values]).toEqual([7, 2, 3, 5, 4]);
    expect([...offsets]).toEqual([0, 1, 4, 5, 5]);
  });

  it('holds every kept value once, each bucket ascending', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -1, max: 3 }), fc.integer({ min: -1000, max: 1000 }))), (rows) => {
        const { values, offsets } = sortedBuckets(Int32Array.from(rows, ([key]) => key), Float64Array.from(rows, ([, value]) => value), 4);
        for (let b = 0; b < 4; b++) {
          const expected = rows.filter(([key]) => key === b).map(([, value]) => value).sort((x, y) => x - y);
          expect([...values.subarray(offsets[b], offsets[b + 1])]).toEqual(expected);
        }
      }),
    );
  });

  it('orders each bucket exactly as Float64Array sort does, −0 before +0 and NaN last, whole numbers or not', () => {
    const value = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom(-0, 0, NaN, Infinity, 2 ** 40), fc.double());
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -1, max: 2 }), value)), (rows) => {
        const { values, offsets } = sortedBuckets(Int32Array.from(rows, ([key]) => key), Float64Array.from(rows, ([, v]) => v), 3);
        for (let b = 0; b < 3; b++) {
          const expected = Float64Array.from(rows.filter(([key]) => key === b), ([, v]) => v).sort();
          expect(values.subarray(offsets[b], offsets[b + 1]).every((v, i) => Object.is(v, expected[i]))).toBe(true);
        }
      }),
    );
  });

  it('sortedGroupSamples: as sortedBuckets with NaN rows left out and rows without a group in the last bucket', () => {
    const value = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom(-0, 0, NaN, Infinity), fc.double());
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -1, max: 2 }), value)), fc.boolean(), (rows, grouped) => {
        const codes = grouped ? Int32Array.from(rows, ([code]) => code) : null;
        const perRow = Float64Array.from(rows, ([, v]) => v);
        const groupCount = grouped ? 3 : 0;
        const keys = Int32Array.from(rows, ([code], i) => (Number.isNaN(perRow[i]) ? -1 : grouped && code >= 0 ? code : groupCount));
        const expected = sortedBuckets(keys, perRow, groupCount + 1);
        const actual = sortedGroupSamples(codes, perRow, groupCount);
        expect([...actual.offsets]).toEqual([...expected.offsets]);
        expect(actual.values.every((v, i) => Object.is(v, expected.values[i]))).toBe(true);
      }),
    );
  });
});
