import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../table/day.ts';
import { buildTestDataset, groupBy, INVALID } from './build-test-dataset.ts';
import { randomRoster } from './roster-arbitrary.ts';
import { tenure } from './tenure.ts';

describe('tenure', () => {
  it('takes the median years since hire of people active on the as-of day', () => {
    // As of 2024-12-31; years = days ÷ 365.25.
    // 0 R&D   hired 2020-12-31: 1,461 days = 4.0000
    // 1 R&D   hired 2022-12-31:   731 days = 2.0014
    // 2 R&D   hired 2014-12-31: 3,653 days = 10.0014
    // 3 Sales hired 2023-12-31:   366 days = 1.0021
    // 4 Sales left 2024-06-30                → not active
    // 5 Sales hire date invalid              → excluded
    // 6 (no department) hired 2016-12-31: 2,922 days = 8.0000
    // Total 1.0021, 2.0014, 4, 8, 10.0014 → 4; R&D → 4; Sales → 1.0021.
    const dataset = buildTestDataset(
      {
        department: ['R&D', 'R&D', 'R&D', 'Sales', 'Sales', 'Sales', null],
        hireDate: ['2020-12-31', '2022-12-31', '2014-12-31', '2023-12-31', '2019-01-01', INVALID, '2016-12-31'],
        terminationDate: [null, null, null, null, '2024-06-30', null, null],
      },
      { asOf: '2024-12-31' },
    );
    const [result] = tenure.compute(dataset, { period: null, grouping: groupBy(dataset, 'department') });
    expect(result.definition).toBe('tenure.active-on-date');
    expect(result.total).toMatchObject({ value: 4, n: 5 });
    expect(result.groups[0]).toMatchObject({ value: 4, n: 3 });
    expect(result.groups[1].value).toBeCloseTo(366 / 365.25, 12);
    expect(result.excluded).toBe(1);
  });

  it('measures at the period’s last day when a period is given', () => {
    const dataset = buildTestDataset({ hireDate: ['2020-01-01'], terminationDate: [null] }, { asOf: '2030-01-01' });
    const [result] = tenure.compute(dataset, { period: { from: dayFromIso('2021-01-01'), to: dayFromIso('2021-12-31') }, grouping: null });
    expect(result.total.value).toBeCloseTo((dayFromIso('2021-12-31') - dayFromIso('2020-01-01')) / 365.25, 12);
  });

  it('reads years at company of non-leavers in snapshot data without dates (IBM)', () => {
    // A: 5, 10 (the leaver's 2 left out) → 7.5; B: 7 (the invalid cell excluded) → 7; total 5, 7, 10 → 7.
    const dataset = buildTestDataset({
      department: ['A', 'A', 'A', 'B', 'B'],
      tenureYears: [5, 10, 2, 7, INVALID],
      leaver: [false, false, true, false, false],
    });
    const [result] = tenure.compute(dataset, { period: null, grouping: groupBy(dataset, 'department') });
    expect(result).toMatchObject({ definition: 'tenure.snapshot-non-leavers', excluded: 1, total: { value: 7, n: 3 } });
    expect(result.groups.map((group) => group.value)).toEqual([7.5, 7]);
  });

  it('splits its sample exactly across groups', () => {
    fc.assert(
      fc.property(fc.boolean().chain((withDates) => randomRoster({ withDates })), ({ columns, options }) => {
        const dataset = buildTestDataset(columns, options);
        const [result] = tenure.compute(dataset, { period: null, grouping: groupBy(dataset, 'department') });
        expect(result.groups.reduce((sum, group) => sum + group.n, 0)).toBe(result.total.n);
        expect(result.total.sample!.every((years, i, sample) => years >= 0 && (i === 0 || sample[i - 1] <= years))).toBe(true);
      }),
    );
  });
});
