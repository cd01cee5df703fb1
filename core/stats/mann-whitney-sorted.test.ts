import { describe, expect, it } from 'vitest';
import { mannWhitneySorted } from './mann-whitney-sorted.ts';
import { mannWhitneyFromRankSum, mannWhitneyVsRest } from './mann-whitney-vs-rest.ts';

const sorted = (values: number[]) => Float64Array.from(values).sort();

describe('mannWhitneySorted', () => {
  it('tests two sorted samples', () => {
    const result = mannWhitneySorted([1, 2], [3, 4])!;
    expect(result.u).toBe(0);
    expect(result.z).toBeCloseTo(-1.161895, 5);
    expect(result.pValue).toBeCloseTo(0.24528, 5);
  });

  it('equals the test of a against the merged pool exactly, ties included', () => {
    const cases = [
      [[4, 7, 7, 9], [1, 7, 3, 7, 9]],
      [[2, 2, 2], [2, 2]],
      [[1, 5, 5, 8, 8, 8, 10], [0, 5, 8, 11, 11]],
      [[3], [1, 2, 3, 3, 4]],
    ];
    for (const [a, b] of cases) {
      expect(mannWhitneySorted(sorted(a), sorted(b))).toEqual(mannWhitneyVsRest(sorted([...a, ...b]), sorted(a)));
    }
  });

  it('returns null when either sample is empty', () => {
    expect(mannWhitneySorted([], [1])).toBeNull();
    expect(mannWhitneySorted([1], [])).toBeNull();
  });
});

describe('mannWhitneyFromRankSum', () => {
  it('gives U, z and p from a rank sum', () => {
    expect(mannWhitneyFromRankSum(3, 2, 2, 0)).toEqual(mannWhitneyVsRest([1, 2, 3, 4], [1, 2]));
  });

  it('gives z = 0 and p = 1 when every value ties', () => {
    expect(mannWhitneyFromRankSum(5, 2, 2, 60)).toEqual({ u: 2, z: 0, pValue: 1 });
  });
});
