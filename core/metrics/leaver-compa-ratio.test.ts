import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../table/day.ts';
import { buildTestDataset, groupBy, INVALID, type TestColumns } from './build-test-dataset.ts';
import { evaluateMetric } from './evaluate.ts';
import { leaverCompaRatio } from './leaver-compa-ratio.ts';

const year2024 = { from: dayFromIso('2024-01-01'), to: dayFromIso('2024-12-31') };

// 0 R&D   left 2024-03-01 voluntarily   80 ÷ 100 = 0.80 → leaver
// 1 R&D   left 2024-06-30 voluntarily   90 ÷ 100 = 0.90 → leaver
// 2 R&D   left 2024-09-01 dismissed     60 ÷ 100 = 0.60 → neither (a leaver only without a voluntary flag)
// 3 R&D   active                       100 ÷ 100 = 1.00 → stayer
// 4 R&D   active                       110 ÷ 100 = 1.10 → stayer
// 5 R&D   active                       120 ÷ 100 = 1.20 → stayer
// 6 Sales left 2024-05-01 voluntarily  105 ÷ 100 = 1.05 → leaver
// 7 Sales active                        95 ÷ 100 = 0.95 → stayer
// 8 Sales left 2023-05-05 voluntarily   70 ÷ 100       → before the period: neither
// 9 R&D   salary invalid                               → excluded
const columns: TestColumns = {
  department: ['R&D', 'R&D', 'R&D', 'R&D', 'R&D', 'R&D', 'Sales', 'Sales', 'Sales', 'R&D'],
  hireDate: Array(10).fill('2020-01-01'),
  terminationDate: ['2024-03-01', '2024-06-30', '2024-09-01', null, null, null, '2024-05-01', null, '2023-05-05', null],
  voluntary: [true, true, false, null, null, null, true, null, true, null],
  salary: [80, 90, 60, 100, 110, 120, 105, 95, 70, INVALID],
  marketMidpoint: Array(10).fill(100),
};

describe('leaver_compa_ratio', () => {
  it('sets the voluntary leavers’ median compa-ratio against the same group’s stayers', () => {
    const dataset = buildTestDataset(columns, { asOf: '2024-12-31' });
    const [result] = leaverCompaRatio.compute(dataset, { period: year2024, grouping: groupBy(dataset, 'department') });
    expect(result).toMatchObject({ variant: 'voluntary', definition: 'leaver_compa_ratio.voluntary-leavers-vs-stayers', excluded: 1 });
    // Total: leavers 0.8, 0.9, 1.05 → 0.9; stayers 0.95, 1.0, 1.1, 1.2 → 1.05.
    expect(result.total).toMatchObject({ value: 0.9, n: 3, restValue: 1.05, restN: 4, test: 'mann-whitney' });
    // R&D: leavers 0.8, 0.9 → 0.85 against stayers 1.0, 1.1, 1.2 → 1.1. Both leavers rank below every stayer: U = 0,
    // σ² = 2·3/12 · 6 = 3, z = (0 − 3 + ½) ÷ √3 = −1.4434, p = 2·Φ(−1.4434) = 0.1489.
    expect(result.groups[0]).toMatchObject({ n: 2, restValue: 1.1, restN: 3 });
    expect(result.groups[0].value).toBeCloseTo(0.85, 12);
    expect(result.groups[0].pValue).toBeCloseTo(0.1489, 4);
    // Sales: the one leaver at 1.05 against the one stayer at 0.95.
    expect(result.groups[1]).toMatchObject({ value: 1.05, n: 1, restValue: 0.95, restN: 1 });
  });

  it('takes every leaver when the data has no voluntary flag', () => {
    const { voluntary: _, ...withoutFlag } = columns;
    const dataset = buildTestDataset(withoutFlag, { asOf: '2024-12-31' });
    const [result] = leaverCompaRatio.compute(dataset, { period: year2024, grouping: groupBy(dataset, 'department') });
    // R&D leavers now include the dismissal: 0.6, 0.8, 0.9 → 0.8.
    expect(result).toMatchObject({ variant: null, definition: 'leaver_compa_ratio.leavers-vs-stayers', groups: [{ value: 0.8, n: 3 }, { n: 1 }] });
    expect(leaverCompaRatio.compute(dataset, { period: null, grouping: null })).toEqual([]);
  });

  it('withholds the stayers’ median when fewer than k stayed, so one person’s pay never shows', () => {
    // Five R&D leavers at 0.8–1.0 and two R&D stayers: the leavers' median shows, the stayers' does not.
    const dataset = buildTestDataset(
      {
        department: ['R&D', 'R&D', 'R&D', 'R&D', 'R&D', 'R&D', 'R&D'],
        hireDate: Array(7).fill('2020-01-01'),
        terminationDate: ['2024-02-01', '2024-03-01', '2024-04-01', '2024-05-01', '2024-06-01', null, null],
        salary: [80, 85, 90, 95, 100, 110, 120],
        marketMidpoint: Array(7).fill(100),
      },
      { asOf: '2024-12-31' },
    );
    const items = evaluateMetric(leaverCompaRatio, dataset, { period: year2024, grouping: groupBy(dataset, 'department') }, { k: 5 });
    expect(items.map((item) => [item.value, item.restValue])).toEqual([
      [0.9, null],
      [0.9, null],
    ]);
  });
});
