import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromIso, yearPeriod } from '../table/day.ts';
import { buildTestDataset, groupBy, INVALID } from './build-test-dataset.ts';
import { randomRoster } from './roster-arbitrary.ts';
import { turnoverRate } from './turnover-rate.ts';

const q1 = { from: dayFromIso('2024-01-01'), to: dayFromIso('2024-03-31') };

describe('turnover_rate', () => {
  it('divides separations by the SHRM average monthly headcount (six people, Q1 2024)', () => {
    // Checkpoints: Jan 1, Jan 31, Feb 1, Feb 29, Mar 1, Mar 31.
    //   A R&D   hired 2020-01-01, stays                      → on 6 checkpoints
    //   B R&D   left 2024-01-31, voluntary                   → Jan 1, Jan 31 = 2; separation
    //   C R&D   hired 2024-02-01                             → Feb 1 … Mar 31 = 4
    //   D Sales left 2024-03-01, involuntary                 → Jan 1 … Mar 1 = 5; separation
    //   E Sales hired 2024-02-10, left 2024-02-20, unknown   → 0 checkpoints; separation
    //   F Sales left 2023-12-31                              → not in the period at all
    //   (G Sales termination date invalid                    → excluded)
    // Monthly: Jan (3 + 3) ÷ 2 = 3; Feb (A,C,D 3 + 3) ÷ 2 = 3; Mar (A,C,D 3 + A,C 2) ÷ 2 = 2.5.
    // Average headcount = (3 + 3 + 2.5) ÷ 3 = 2.8333 = 17 checkpoint-presences ÷ 6.
    // Separations B, D, E = 3 → 3 ÷ 2.8333 = 1.0588; voluntary B 1 ÷ 2.8333 = 0.3529; involuntary D likewise.
    // n = A … E = 5. R&D: (6 + 2 + 4) ÷ 6 = 2 average, 1 separation → 0.5, n 3.
    // Sales: (5 + 0) ÷ 6 = 0.8333 average, 2 separations → 2.4, n 2.
    const dataset = buildTestDataset({
      department: ['R&D', 'R&D', 'R&D', 'Sales', 'Sales', 'Sales', 'Sales'],
      hireDate: ['2020-01-01', '2020-01-01', '2024-02-01', '2019-01-01', '2024-02-10', '2018-05-01', '2019-01-01'],
      terminationDate: [null, '2024-01-31', null, '2024-03-01', '2024-02-20', '2023-12-31', INVALID],
      voluntary: [null, true, null, false, null, true, true],
    });
    const [headline, voluntary, involuntary] = turnoverRate.compute(dataset, { period: q1, grouping: groupBy(dataset, 'department') });
    expect(headline.definition).toBe('turnover_rate.shrm-average-monthly-headcount');
    expect(headline.total).toMatchObject({ numerator: 3, n: 5 });
    expect(headline.total.denominator).toBeCloseTo(17 / 6, 12);
    expect(headline.total.value).toBeCloseTo(1.0588, 4);
    expect(headline.groups[0]).toMatchObject({ numerator: 1, denominator: 2, value: 0.5, n: 3 });
    expect(headline.groups[1]).toMatchObject({ numerator: 2, n: 2 });
    expect(headline.groups[1].value).toBeCloseTo(2.4, 12);
    expect(headline.excluded).toBe(1);
    expect(headline.caveats).toEqual([]);
    expect(voluntary).toMatchObject({ variant: 'voluntary', definition: 'turnover_rate.voluntary.shrm-average-monthly-headcount', caveats: ['missing-data'] });
    expect(voluntary.total.value).toBeCloseTo(0.3529, 4);
    expect(voluntary.groups.map((group) => group.numerator)).toEqual([1, 0]);
    expect(involuntary.total.numerator).toBe(1);
    expect(involuntary.groups.map((group) => group.numerator)).toEqual([0, 1]);
  });

  it('counts a separation with an invalid voluntary flag in the headline and as excluded from the split', () => {
    // 2024: two people all year, one of them leaves 2024-12-31 with an unreadable flag; average headcount 2.
    const dataset = buildTestDataset({ hireDate: ['2020-01-01', '2020-01-01'], terminationDate: [null, '2024-12-31'], voluntary: [null, INVALID] });
    const [headline, voluntary] = turnoverRate.compute(dataset, { period: yearPeriod(2024), grouping: null });
    expect(headline.total).toMatchObject({ numerator: 1, denominator: 2, value: 0.5 });
    expect([headline.excluded, voluntary.excluded, voluntary.total.numerator]).toEqual([0, 1, 0]);
  });

  it('has no voluntary split without a voluntary flag, and no result without a period', () => {
    const dataset = buildTestDataset({ hireDate: ['2020-01-01'], terminationDate: [null] });
    expect(turnoverRate.compute(dataset, { period: yearPeriod(2024), grouping: null }).map((result) => result.variant)).toEqual([null]);
    expect(turnoverRate.compute(dataset, { period: null, grouping: null })).toEqual([]);
  });

  it('matches a day-by-day recount, and its group numerators sum to the total', () => {
    fc.assert(
      fc.property(randomRoster(), fc.integer({ min: 0, max: 1200 }), fc.integer({ min: 0, max: 500 }), ({ columns, options }, start, length) => {
        const dataset = buildTestDataset(columns, options);
        const period = { from: dayFromIso('2019-01-01') + start, to: dayFromIso('2019-01-01') + start + length };
        const results = turnoverRate.compute(dataset, { period, grouping: groupBy(dataset, 'department') });
        for (const result of results) expect(result.groups.reduce((sum, group) => sum + group.numerator, 0)).toBe(result.total.numerator);
        const [headline, voluntary, involuntary] = results;
        expect(voluntary.total.numerator + involuntary.total.numerator).toBeLessThanOrEqual(headline.total.numerator);
        // Independent recount: headcount on each month's first and last day by scanning the rows.
        const hire = columns.hireDate!;
        const termination = columns.terminationDate!;
        const usable = (row: number) => !options.excludedRows!.includes(row) && hire[row] !== INVALID && termination[row] !== INVALID && hire[row] !== null;
        const active = (row: number, day: number) =>
          dayFromIso(hire[row] as string) <= day && (termination[row] === null || dayFromIso(termination[row] as string) >= day);
        let monthSum = 0;
        let months = 0;
        for (let first = period.from; first <= period.to; months++) {
          let last = first;
          while (last < period.to && new Date((last + 1) * 86_400_000).getUTCDate() !== 1) last++;
          for (let row = 0; row < hire.length; row++) if (usable(row)) monthSum += (Number(active(row, first)) + Number(active(row, last))) / 2;
          first = last + 1;
        }
        expect(headline.total.denominator).toBeCloseTo(monthSum / months, 9);
      }),
    );
  });
});
