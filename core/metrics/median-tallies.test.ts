import { describe, expect, it } from 'vitest';
import { medianTallies } from './median-tallies.ts';

describe('medianTallies', () => {
  it('gives each group’s median and sample, and the total over every row including those of no group', () => {
    // Group 0: 3, 1 → median 2; group 1: 10 → 10; no group: 4. Total 1, 3, 4, 10 → (3 + 4) ÷ 2 = 3.5. NaN rows left out.
    const grouping = { field: 'department', codes: Int32Array.of(0, 0, 1, -1, 1), labels: ['A', 'B'] };
    const { total, groups } = medianTallies(Float64Array.of(3, 1, 10, 4, NaN), grouping);
    expect(total).toMatchObject({ value: 3.5, n: 4 });
    expect([...total.sample!]).toEqual([1, 3, 4, 10]);
    expect(groups.map((group) => [group.value, group.n])).toEqual([[2, 2], [10, 1]]);
    expect(total.numerator).toBeNaN();
  });

  it('hands over the groups’ samples merged (the pool each group is ranked in), and nothing to merge without a grouping', () => {
    const grouping = { field: 'department', codes: Int32Array.of(0, 0, 1, -1, 1), labels: ['A', 'B'] };
    expect([...medianTallies(Float64Array.of(3, 1, 10, 4, NaN), grouping).groupsSample!]).toEqual([1, 3, 10]);
    const everyoneGrouped = medianTallies(Float64Array.of(3, 1, 10), { ...grouping, codes: Int32Array.of(0, 0, 1) });
    expect(everyoneGrouped.total.sample).toBe(everyoneGrouped.groupsSample);
    expect(medianTallies(Float64Array.of(3, 1), null).groupsSample).toBeUndefined();
  });

  it('divides the sorted values by the divisor, exactly as if each row had been divided first', () => {
    const grouping = { field: 'department', codes: Int32Array.of(0, 1, 0, -1, 0, 1), labels: ['A', 'B'] };
    const days = Float64Array.of(400, 30, NaN, 1000, 30, 7305);
    expect(medianTallies(days, grouping, 365.25)).toEqual(medianTallies(days.map((day) => day / 365.25), grouping));
  });

  it('gives NaN for an empty sample', () => {
    expect(medianTallies(Float64Array.of(NaN), null).total).toMatchObject({ value: NaN, n: 0 });
  });
});
