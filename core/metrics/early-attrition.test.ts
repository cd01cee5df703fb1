import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../table/day.ts';
import { buildTestDataset, groupBy, INVALID } from './build-test-dataset.ts';
import { earlyAttrition } from './early-attrition.ts';
import { randomRoster } from './roster-arbitrary.ts';

const firstHalf2024 = { from: dayFromIso('2024-01-01'), to: dayFromIso('2024-06-30') };

describe('early_attrition', () => {
  it('counts hires who left within 90 days and within a year, leaving out windows still open', () => {
    // Period 2024-01-01 … 2024-06-30, as of 2025-01-20.
    // 0 R&D   hired 2024-01-10, left 2024-04-08: 89 days after hire = 90th day → within 90 ✓, 1y window ends 2025-01-08 (seen) ✓
    // 1 R&D   hired 2024-01-10, left 2024-04-09: 91st day                      → 90 ✗,        1y ✓
    // 2 R&D   hired 2024-02-01, stays: 90-day window ends 2024-04-30 (seen)    → 90 ✗,        1y open (ends 2025-01-30): left out
    // 3 Sales hired 2024-06-30, left 2024-07-15                                → 90 ✓,        1y open (ends 2025-06-29): left out
    //   although they left — counting open windows' early leavers only would bias the rate up
    // 4 Sales hired 2024-06-15, stays: 90-day window ends 2024-09-12           → 90 ✗,        1y open: left out
    // 5 Sales hired 2023-12-31                                                 → not a hire of the period
    // 6 Sales termination date invalid                                         → excluded
    // 7 Sales hired 2024-07-01                                                 → not a hire of the period
    // 90 days: 2 ÷ 5 = 0.4 (R&D 1 ÷ 3, Sales 1 ÷ 2). 1 year: 2 ÷ 2 = 1 (R&D 2 ÷ 2, Sales 0 ÷ 0), caveat right-censored.
    const dataset = buildTestDataset(
      {
        department: ['R&D', 'R&D', 'R&D', 'Sales', 'Sales', 'Sales', 'Sales', 'Sales'],
        hireDate: ['2024-01-10', '2024-01-10', '2024-02-01', '2024-06-30', '2024-06-15', '2023-12-31', '2024-03-01', '2024-07-01'],
        terminationDate: ['2024-04-08', '2024-04-09', null, '2024-07-15', null, '2024-01-05', INVALID, null],
      },
      { asOf: '2025-01-20' },
    );
    const [days90, year] = earlyAttrition.compute(dataset, { period: firstHalf2024, grouping: groupBy(dataset, 'department') });
    expect(days90).toMatchObject({ variant: null, definition: 'early_attrition.left-within-90-days', excluded: 1, caveats: [] });
    expect(days90.total).toMatchObject({ numerator: 2, denominator: 5, n: 5, value: 0.4 });
    expect(days90.groups.map((group) => [group.numerator, group.denominator])).toEqual([[1, 3], [1, 2]]);
    expect(year).toMatchObject({ variant: '1y', definition: 'early_attrition.left-within-365-days', caveats: ['right-censored'] });
    expect(year.total).toMatchObject({ numerator: 2, denominator: 2, value: 1 });
    expect(year.groups.map((group) => [group.numerator, group.denominator])).toEqual([[2, 2], [0, 0]]);
  });

  it('stays within [0, 1] and its group numerators sum to the total', () => {
    fc.assert(
      fc.property(randomRoster(), fc.integer({ min: 0, max: 1200 }), fc.integer({ min: 0, max: 500 }), ({ columns, options }, start, length) => {
        const dataset = buildTestDataset(columns, options);
        const from = dayFromIso('2019-01-01') + start;
        for (const result of earlyAttrition.compute(dataset, { period: { from, to: from + length }, grouping: groupBy(dataset, 'department') })) {
          expect(result.groups.reduce((sum, group) => sum + group.numerator, 0)).toBe(result.total.numerator);
          const rates = [result.total, ...result.groups].filter((tally) => tally.denominator > 0).map((tally) => tally.value);
          expect(rates.every((rate) => rate >= 0 && rate <= 1)).toBe(true);
        }
      }),
    );
  });
});
