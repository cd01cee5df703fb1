import { describe, expect, it } from 'vitest';
import { mannWhitneyU } from './mann-whitney-u.ts';
import { mannWhitneyVsRest } from './mann-whitney-vs-rest.ts';

describe('mannWhitneyVsRest', () => {
  it('tests a part against the rest of a pooled sample', () => {
    // Part [1, 2] of 1..4: ranks 1 and 2, U = 3 − 3 = 0; σ² = 4/12 · 5 = 5/3, z = (0 − 2 + 0.5) / 1.290994 = −1.161895,
    // p = 2·Φ(−1.161895) = 0.24528.
    const result = mannWhitneyVsRest([1, 2, 3, 4], [1, 2])!;
    expect(result.u).toBe(0);
    expect(result.z).toBeCloseTo(-1.161895, 5);
    expect(result.pValue).toBeCloseTo(0.24528, 5);
  });

  it('equals the two-sample test of the part against the other groups', () => {
    const groups = [[4, 7, 7, 9], [1, 7, 3], [2, 8, 8, 10, 5]];
    const all = Float64Array.from(groups.flat()).sort();
    const part = Float64Array.from(groups[1]).sort();
    expect(mannWhitneyVsRest(all, part)).toEqual(mannWhitneyU(groups[1], [...groups[0], ...groups[2]]));
  });

  it('takes a precomputed tie term', () => {
    const all = [1, 2, 2, 2, 3, 4, 5, 5, 6];
    expect(mannWhitneyVsRest(all, [1, 2, 2, 4], 30)).toEqual(mannWhitneyVsRest(all, [1, 2, 2, 4]));
  });

  it('returns null when the part or the rest is empty', () => {
    expect(mannWhitneyVsRest([1, 2], [])).toBeNull();
    expect(mannWhitneyVsRest([1, 2], [1, 2])).toBeNull();
  });
});
