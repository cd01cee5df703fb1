import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mannWhitneyU } from '../stats/mann-whitney-u.ts';
import { buildTestDataset, groupBy, INVALID } from './build-test-dataset.ts';
import { payGap } from './pay-gap.ts';
import { randomRoster } from './roster-arbitrary.ts';

describe('pay_gap', () => {
  // As of 2024-12-31.          dept   sex level pay
  //  0 R&D   M  L1 100          7 Sales 女 L1  70
  //  1 R&D   M  L1 120          8 Sales 男 L2 150
  //  2 R&D   F  L1  90          9 Sales female L2 150
  //  3 R&D   F  L1 110         10 Sales X  L1  60  → neither sex: left out
  //  4 R&D   M  L2 200         11 Sales F  L1 pay invalid → excluded
  //  5 R&D   F  L2 180         12 Sales M  L2 160 but left in 2023 → not active
  //  6 Sales Male L1 80        13 Sales F  level invalid, 140 → in the raw gap, excluded from the adjusted one
  // Raw: R&D men 100, 120, 200 → 120; women 90, 110, 180 → 110; (120 − 110) ÷ 120 = 0.083333.
  //      Sales men 80, 150 → 115; women 70, 140, 150 → 140; (115 − 140) ÷ 115 = −0.217391.
  //      Total men 80, 100, 120, 150, 200 → 120; women 70, 90, 110, 140, 150, 180 → 125; (120 − 125) ÷ 120 = −0.041667.
  // Adjusted: R&D L1 men 110, women 100 → 0.090909 (2 women); L2 one of each → skipped. R&D = 0.090909, n 4.
  //      Sales: L1 and L2 have one man and one woman each → both skipped: no value.
  //      Total L1 men 80, 100, 120 → 100; women 70, 90, 110 → 90; gap 0.1 (3 women).
  //            L2 men 150, 200 → 175; women 150, 180 → 165; gap 10 ÷ 175 = 0.057143 (2 women).
  //      (3 × 0.1 + 2 × 0.057143) ÷ 5 = 0.082857, n 10.
  const dataset = buildTestDataset(
    {
      department: ['R&D', 'R&D', 'R&D', 'R&D', 'R&D', 'R&D', 'Sales', 'Sales', 'Sales', 'Sales', 'Sales', 'Sales', 'Sales', 'Sales'],
      gender: ['M', 'M', 'F', 'F', 'M', 'F', 'Male', '女', '男', 'female', 'X', 'F', 'M', 'F'],
      jobLevel: ['L1', 'L1', 'L1', 'L1', 'L2', 'L2', 'L1', 'L1', 'L2', 'L2', 'L1', 'L1', 'L2', INVALID],
      salary: [100, 120, 90, 110, 200, 180, 80, 70, 150, 150, 60, INVALID, 160, 140],
      hireDate: Array(14).fill('2020-01-01'),
      terminationDate: [...Array(12).fill(null), '2023-06-30', null],
    },
    { asOf: '2024-12-31' },
  );
  const [raw, adjusted] = payGap.compute(dataset, { period: null, grouping: groupBy(dataset, 'department') });

  it('compares median pay of men and women, numerator men’s median and denominator women’s', () => {
    expect(raw).toMatchObject({ variant: null, definition: 'pay_gap.active-on-date', excluded: 1, caveats: [] });
    expect(raw.total).toMatchObject({ numerator: 120, denominator: 125, n: 11, test: 'mann-whitney' });
    expect(raw.total.value).toBeCloseTo(-0.041667, 6);
    expect(raw.groups.map((group) => [group.numerator, group.denominator, group.n])).toEqual([[120, 110, 6], [115, 140, 5]]);
    expect(raw.groups[0].value).toBeCloseTo(0.083333, 6);
    expect(raw.groups[1].value).toBeCloseTo(-0.217391, 6);
  });

  it('tests men against women with Mann–Whitney U', () => {
    expect(raw.total.pValue).toBe(mannWhitneyU([80, 100, 120, 150, 200], [70, 90, 110, 140, 150, 180])!.pValue);
    expect(raw.groups[1].pValue).toBe(mannWhitneyU([80, 150], [70, 140, 150])!.pValue);
  });

  it('weights within-level gaps by the number of women in each level', () => {
    expect(adjusted).toMatchObject({ variant: 'adjusted', definition: 'pay_gap.adjusted.active-on-date', excluded: 2, caveats: ['levels-skipped'] });
    expect(adjusted.total).toMatchObject({ denominator: 5, n: 10 });
    expect(adjusted.total.value).toBeCloseTo(0.082857, 6);
    expect(adjusted.groups[0]).toMatchObject({ denominator: 2, n: 4 });
    expect(adjusted.groups[0].value).toBeCloseTo(1 / 11, 12);
    expect(adjusted.groups[1]).toMatchObject({ denominator: 0, n: 0, value: NaN });
    expect(adjusted.total.pValue).toBeUndefined();
  });

  it('has no adjusted variant without a job level', () => {
    const flat = buildTestDataset({ gender: ['M', 'F'], salary: [10, 9] });
    expect(payGap.compute(flat, { period: null, grouping: null }).map((result) => result.variant)).toEqual([null]);
  });

  it('splits the people compared exactly across groups and never exceeds a gap of 1', () => {
    fc.assert(
      fc.property(randomRoster(), ({ columns, options }) => {
        const random = buildTestDataset(columns, options);
        for (const result of payGap.compute(random, { period: null, grouping: groupBy(random, 'department') })) {
          if (result.variant === null) expect(result.groups.reduce((sum, group) => sum + group.n, 0)).toBe(result.total.n);
          for (const tally of [result.total, ...result.groups]) {
            expect(Number.isNaN(tally.value) || tally.value <= 1).toBe(true);
            if (tally.pValue !== undefined) expect(tally.pValue).toBeGreaterThanOrEqual(0);
          }
        }
      }),
    );
  });
});
