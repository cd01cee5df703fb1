import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mannWhitneyU } from '../stats/mann-whitney-u.ts';
import { readCsv } from '../table/csv-reader.ts';
import { dayFromIso } from '../table/day.ts';
import { inferFieldMap } from '../table/infer-fields.ts';
import { toDataset } from '../table/to-dataset.ts';
import { buildTestDataset, groupBy, INVALID } from './build-test-dataset.ts';
import { evaluateMetric } from './evaluate.ts';
import { payGap } from './pay-gap.ts';
import { randomRoster } from './roster-arbitrary.ts';

const datasets = new URL('../../../shared/datasets/', import.meta.url);
const hasDatasets = existsSync(datasets);
if (!hasDatasets) console.warn('HRDataset_v14 pay-gap checks skipped: ../shared/datasets is absent (its licence forbids copying it here).');

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
    expect(raw.total).toMatchObject({ numerator: 120, denominator: 125, n: 11, sexes: { men: 5, women: 6 }, test: 'mann-whitney' });
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
    expect(adjusted.total).toMatchObject({ denominator: 5, n: 10, sexes: { men: 5, women: 5 } });
    expect(adjusted.total.value).toBeCloseTo(0.082857, 6);
    expect(adjusted.groups[0]).toMatchObject({ denominator: 2, n: 4, sexes: { men: 2, women: 2 } });
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
            expect(tally.sexes!.men + tally.sexes!.women).toBe(tally.n);
            expect(Number.isNaN(tally.value) || tally.value <= 1).toBe(true);
            if (tally.pValue !== undefined) expect(tally.pValue).toBeGreaterThanOrEqual(0);
          }
        }
      }),
    );
  });
});

describe('pay_gap evidence: no pay figure from fewer than k men or k women (DESIGN.md §6)', () => {
  const pay = (...values: number[]) => values;
  // Admin: 3 men, 4 women — 7 people, yet the gap gives away the median pay of 3 men → hidden (small-sex-group).
  // Ops:   men 100 110 120 130 140 150 → 125; women 90 100 110 120 130 140 → 115; (125 − 115) ÷ 125 = 0.08, but it is the
  //        smallest group left (12 people, first of the ties) and Admin alone would be total − the rest → hidden (complementary).
  // Sales: men 200 210 220 230 240 250 → 225; women 180 190 200 210 220 230 → 205; (225 − 205) ÷ 225 = 0.088889 → shown.
  // R&D:   men 300 … 360 (7) → 330; women 270 … 330 (7) → 300; (330 − 300) ÷ 330 = 0.090909 → shown.
  // Total: 22 men, 23 women → shown.
  const departments = { Admin: [3, 4], Ops: [6, 6], Sales: [6, 6], 'R&D': [7, 7] } as const;
  const salaries: Record<keyof typeof departments, [number[], number[]]> = {
    Admin: [pay(100, 110, 120), pay(90, 100, 110, 130)],
    Ops: [pay(100, 110, 120, 130, 140, 150), pay(90, 100, 110, 120, 130, 140)],
    Sales: [pay(200, 210, 220, 230, 240, 250), pay(180, 190, 200, 210, 220, 230)],
    'R&D': [pay(300, 310, 320, 330, 340, 350, 360), pay(270, 280, 290, 300, 310, 320, 330)],
  };
  const rows = Object.entries(salaries).flatMap(([department, [men, women]]) => [
    ...men.map((salary) => ({ department, gender: 'M', salary })),
    ...women.map((salary) => ({ department, gender: 'F', salary })),
  ]);
  const roster = buildTestDataset(
    { department: rows.map((row) => row.department), gender: rows.map((row) => row.gender), salary: rows.map((row) => row.salary) },
    { asOf: '2024-12-31' },
  );
  const evidence = evaluateMetric(payGap, roster, { period: null, grouping: groupBy(roster, 'department') });
  const of = (department: string | null) => evidence.find((item) => (item.segment?.value ?? null) === department)!;

  it('hides a group of 3 men and 4 women though it has 7 people, and says why', () => {
    expect(Object.values(departments).map(([men, women]) => men + women)).toEqual([7, 12, 12, 14]);
    expect(of('Admin')).toMatchObject({ n: 7, value: null, numerator: null, denominator: null, pValue: null, suppressed: true, suppressionReason: 'small-sex-group' });
  });

  it('hides the next smallest group so the hidden one cannot be worked out from the total', () => {
    expect(of('Ops')).toMatchObject({ n: 12, value: null, numerator: null, suppressed: true, suppressionReason: 'complementary' });
  });

  it('shows groups of 6 men and 6 women, or more, with their gap', () => {
    expect(of('Sales')).toMatchObject({ n: 12, numerator: 225, denominator: 205, suppressed: false, suppressionReason: null });
    expect(of('Sales').value).toBeCloseTo(20 / 225, 12);
    expect(of('R&D')).toMatchObject({ n: 14, numerator: 330, denominator: 300, suppressed: false });
    expect(of('R&D').value).toBeCloseTo(30 / 330, 12);
    expect(of(null)).toMatchObject({ n: 45, suppressed: false });
  });

  it('hides the company-wide gap when one sex has fewer than k people: 3 men and 2 women', () => {
    const six = buildTestDataset({ gender: ['M', 'M', 'M', 'F', 'F', 'X'], salary: [100, 120, 140, 90, 110, 100] }, { asOf: '2024-12-31' });
    const [total] = evaluateMetric(payGap, six, { period: null, grouping: null });
    expect(total).toMatchObject({ n: 5, value: null, numerator: null, denominator: null, suppressed: true, suppressionReason: 'small-sex-group' });
  });

  it('hides the level-adjusted gap by the men and women of the levels it uses', () => {
    // L1: 3 men (100 110 120 → 110), 3 women (90 100 110 → 100); L2: 3 men, 1 woman → skipped; L3: no men, 2 women → skipped.
    // Raw: men 100 110 120 200 210 220 → 160; women 90 100 110 150 160 170 → 130; 6 and 6 → shown, (160 − 130) ÷ 160 = 0.1875.
    // Adjusted: L1 only, 3 men and 3 women → hidden (small-sex-group) though its value (110 − 100) ÷ 110 is defined.
    const leveled = buildTestDataset(
      {
        gender: ['M', 'M', 'M', 'F', 'F', 'F', 'M', 'M', 'M', 'F', 'F', 'F'],
        jobLevel: ['L1', 'L1', 'L1', 'L1', 'L1', 'L1', 'L2', 'L2', 'L2', 'L2', 'L3', 'L3'],
        salary: [100, 110, 120, 90, 100, 110, 200, 210, 220, 150, 160, 170],
      },
      { asOf: '2024-12-31' },
    );
    const [raw, adjusted] = evaluateMetric(payGap, leveled, { period: null, grouping: null });
    expect(raw).toMatchObject({ variant: null, n: 12, numerator: 160, denominator: 130, suppressed: false });
    expect(raw.value).toBeCloseTo(0.1875, 12);
    expect(adjusted).toMatchObject({ variant: 'adjusted', n: 6, value: null, suppressed: true, suppressionReason: 'small-sex-group' });
  });

  it('judges change toward zero: a gap going from −2.1% to −3.0% is no improvement', () => {
    expect(payGap.direction).toBe('toward-zero');
  });

  it.skipIf(!hasDatasets)('on HRDataset_v14 by department hides Admin Offices (3 men, 4 women) and Software Engineering (2 men, 5 women)', () => {
    const raw = readCsv(new Uint8Array(readFileSync(new URL('HRDataset_v14.csv', datasets))));
    const hr = toDataset(raw, inferFieldMap(raw).fieldMap, { asOf: dayFromIso('2019-12-31') });
    const grouping = groupBy(hr, 'department');
    const [result] = payGap.compute(hr, { period: null, grouping });
    const sexesOf = (department: string) => result.groups[grouping.labels.indexOf(department)].sexes;
    expect(sexesOf('Admin Offices')).toEqual({ men: 3, women: 4 });
    expect(sexesOf('Software Engineering')).toEqual({ men: 2, women: 5 });
    const items = evaluateMetric(payGap, hr, { period: null, grouping });
    const reasons = Object.fromEntries(items.map((item) => [item.segment?.value ?? 'all', item.suppressionReason]));
    expect(reasons).toEqual({
      all: null,
      Production: null,
      'IT/IS': null,
      'Software Engineering': 'small-sex-group',
      'Admin Offices': 'small-sex-group',
      Sales: null,
      'Executive Office': 'small-group',
    });
    for (const item of items) {
      const sexes = item.segment ? sexesOf(item.segment.value) : result.total.sexes;
      if (sexes!.men < 5 || sexes!.women < 5) expect(item.value, item.id).toBeNull();
    }
    // Before this rule Admin Offices showed −25.8% from 3 men and 4 women.
    expect(items.find((item) => item.segment?.value === 'Admin Offices')!.value).toBeNull();
  });
});
