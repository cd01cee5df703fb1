import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attritionShare } from './attrition-share.ts';
import { buildTestDataset, groupBy, INVALID } from './build-test-dataset.ts';
import { randomRoster } from './roster-arbitrary.ts';

describe('attrition_share', () => {
  it('divides leavers by rows with a known flag, per group', () => {
    // Sales: Yes, Yes, No, unknown → 2 ÷ 3 (the unknown flag is in no denominator)
    // R&D:   Yes, No, No, No, invalid → 1 ÷ 4, invalid row excluded
    // HR:    No (excluded row) → 0 ÷ 0 = NaN
    // Total: 3 ÷ 7 = 0.428571…, excluded 2
    const dataset = buildTestDataset(
      {
        department: ['Sales', 'Sales', 'Sales', 'Sales', 'R&D', 'R&D', 'R&D', 'R&D', 'R&D', 'HR'],
        leaver: [true, true, false, null, true, false, false, false, INVALID, false],
      },
      { excludedRows: [9] },
    );
    const [result] = attritionShare.compute(dataset, { period: null, grouping: groupBy(dataset, 'department') });
    expect(result.total).toMatchObject({ numerator: 3, denominator: 7, n: 7 });
    expect(result.total.value).toBeCloseTo(3 / 7, 12);
    expect(result.groups.map((group) => [group.numerator, group.denominator])).toEqual([[2, 3], [1, 4], [0, 0]]);
    expect(result.groups[2].value).toBeNaN();
    expect(result.excluded).toBe(2);
    expect(result.definition).toBe('attrition_share.leavers-over-rows');
  });

  it('gives IBM’s 237 leavers of 1,470 rows as 0.16122', () => {
    const dataset = buildTestDataset({ leaver: Array.from({ length: 1470 }, (_, row) => row < 237) });
    expect(attritionShare.compute(dataset, { period: null, grouping: null })[0].total.value).toBeCloseTo(0.16122, 5);
  });

  it('applies only where a leaver flag exists', () => {
    expect(attritionShare.appliesTo(buildTestDataset({ department: ['A'] }))).toBe(false);
    expect(attritionShare.appliesTo(buildTestDataset({ leaver: [true] }))).toBe(true);
  });

  it('stays within [0, 1] and its group numerators sum to the total', () => {
    fc.assert(
      fc.property(randomRoster(), ({ columns, options }) => {
        const dataset = buildTestDataset(columns, options);
        const [result] = attritionShare.compute(dataset, { period: null, grouping: groupBy(dataset, 'department') });
        expect(result.groups.reduce((sum, group) => sum + group.numerator, 0)).toBe(result.total.numerator);
        const rates = [result.total, ...result.groups].filter((tally) => tally.denominator > 0).map((tally) => tally.value);
        expect(rates.every((rate) => rate >= 0 && rate <= 1)).toBe(true);
      }),
    );
  });

  it('applies to snapshot data only: with termination dates, turnover over a period is the measure', () => {
    const snapshot = buildTestDataset({ leaver: [true, false] }, { asOf: '2024-12-31' });
    const dated = buildTestDataset({ leaver: [true, false], terminationDate: ['2024-03-01', null] }, { asOf: '2024-12-31' });
    expect(attritionShare.appliesTo(snapshot)).toBe(true);
    expect(attritionShare.appliesTo(dated)).toBe(false);
  });
});
