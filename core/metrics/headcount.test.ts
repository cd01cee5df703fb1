import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../table/day.ts';
import { buildTestDataset, groupBy, INVALID } from './build-test-dataset.ts';
import { evaluateMetric } from './evaluate.ts';
import { headcount } from './headcount.ts';
import { randomRoster } from './roster-arbitrary.ts';

const firstHalf2024 = { from: dayFromIso('2024-01-01'), to: dayFromIso('2024-06-30') };

describe('headcount', () => {
  it('counts people active on the period’s last day, the leaver’s last day included', () => {
    // Day counted: 2024-06-30.
    // 0 R&D   hired 2020-01-01, still employed       → active
    // 1 R&D   hired 2024-06-30 (that very day)        → active
    // 2 R&D   left 2024-06-30 (last day is the day)   → active
    // 3 Sales left 2024-06-29                         → gone
    // 4 Sales hired 2024-07-01                        → not yet hired
    // 5 Sales hire date invalid                       → excluded
    // 6 Sales excluded row (e.g. duplicate id)        → excluded
    // 7 (no department) hired 2019-05-05              → active, total only
    // 8 Sales no hire date                            → never counted, not an invalid cell
    // Total 0,1,2,7 = 4; R&D 3; Sales 0; excluded 2.
    const dataset = buildTestDataset(
      {
        department: ['R&D', 'R&D', 'R&D', 'Sales', 'Sales', 'Sales', 'Sales', null, 'Sales'],
        hireDate: ['2020-01-01', '2024-06-30', '2021-01-01', '2021-01-01', '2024-07-01', INVALID, '2020-01-01', '2019-05-05', null],
        terminationDate: [null, null, '2024-06-30', '2024-06-29', null, null, null, null, null],
      },
      { asOf: '2024-12-31', excludedRows: [6] },
    );
    const [result] = headcount.compute(dataset, { period: firstHalf2024, grouping: groupBy(dataset, 'department') });
    expect(result.definition).toBe('headcount.active-on-date');
    expect(result.total).toMatchObject({ value: 4, numerator: 4, n: 4 });
    expect(result.groups.map((group) => group.value)).toEqual([3, 0]);
    expect(result.excluded).toBe(2);
  });

  it('counts on the as-of day when there is no period', () => {
    // As of 2024-02-15: left 2024-02-01 → gone; hired 2024-03-01 → not yet; hired 2024-02-01 → active. Headcount 1.
    const dataset = buildTestDataset(
      { hireDate: ['2024-01-01', '2024-03-01', '2024-02-01'], terminationDate: ['2024-02-01', null, null] },
      { asOf: '2024-02-15' },
    );
    expect(headcount.compute(dataset, { period: null, grouping: null })[0].total.value).toBe(1);
  });

  it('counts rows not flagged as leavers in snapshot data without dates (IBM)', () => {
    // A: No, Yes → 1; B: No, unknown, invalid → 1 (unknown not counted, invalid excluded). Total 2.
    const dataset = buildTestDataset({ department: ['A', 'A', 'B', 'B', 'B'], leaver: [false, true, false, null, INVALID] });
    const [result] = headcount.compute(dataset, { period: null, grouping: groupBy(dataset, 'department') });
    expect(result.definition).toBe('headcount.snapshot-non-leavers');
    expect(result.total.value).toBe(2);
    expect(result.groups.map((group) => group.value)).toEqual([1, 1]);
    expect(result.excluded).toBe(1);
  });

  it('counts every listed row when the table has neither dates nor a leaver flag', () => {
    const dataset = buildTestDataset({ department: ['A', 'A', 'B'] }, { excludedRows: [1] });
    const [result] = headcount.compute(dataset, { period: null, grouping: null });
    expect(result).toMatchObject({ definition: 'headcount.listed-rows', excluded: 1, total: { value: 2 } });
  });

  it('group counts sum to the total when every row has a group', () => {
    fc.assert(
      fc.property(fc.boolean().chain((withDates) => randomRoster({ withDates })), ({ columns, options }) => {
        const dataset = buildTestDataset(columns, options);
        const [result] = headcount.compute(dataset, { period: null, grouping: groupBy(dataset, 'department') });
        expect(result.groups.reduce((sum, group) => sum + group.numerator, 0)).toBe(result.total.numerator);
        expect(result.excluded).toBeGreaterThanOrEqual(options.excludedRows?.length ?? 0);
      }),
    );
  });
});

describe('headcount as evidence', () => {
  it('shows small teams’ headcounts (a count is no rate or pay figure) and names the period it was counted at', () => {
    // R&D 6 active, Legal 2 active on 2024-06-30.
    const dataset = buildTestDataset(
      { department: ['R&D', 'R&D', 'R&D', 'R&D', 'R&D', 'R&D', 'Legal', 'Legal'], hireDate: Array(8).fill('2020-01-01'), terminationDate: Array(8).fill(null) },
      { asOf: '2024-12-31' },
    );
    const evidence = evaluateMetric(headcount, dataset, { period: firstHalf2024, grouping: groupBy(dataset, 'department') });
    const legal = evidence.find((item) => item.segment?.value === 'Legal')!;
    expect(legal).toMatchObject({ value: 2, suppressed: false });
    expect(evidence[0].period).toEqual({ from: '2024-01-01', to: '2024-06-30' });
  });
});
