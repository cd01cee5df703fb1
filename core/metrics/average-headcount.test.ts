import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../table/day.ts';
import { averageHeadcount } from './average-headcount.ts';
import { buildTestDataset, INVALID } from './build-test-dataset.ts';

const q1 = { from: dayFromIso('2024-01-01'), to: dayFromIso('2024-03-31') };

describe('averageHeadcount', () => {
  it('averages the monthly (first day + last day) ÷ 2 headcounts, per group and in total', () => {
    // turnover_rate's worked example: checkpoint presences A 6, B 2, C 4 (group 0) and D 5, E 0 (group 1) over 6 checkpoints;
    // F left before the period, G's termination date is invalid.
    const roster = buildTestDataset({
      hireDate: ['2020-01-01', '2020-01-01', '2024-02-01', '2019-01-01', '2024-02-10', '2018-05-01', '2019-01-01'],
      terminationDate: [null, '2024-01-31', null, '2024-03-01', '2024-02-20', '2023-12-31', INVALID],
    });
    const { average, people, excluded } = averageHeadcount(roster, q1, Int32Array.of(0, 0, 0, 1, 1, 1, 1), 2);
    expect([...average]).toEqual([2, 5 / 6, 17 / 6]);
    expect([...people]).toEqual([3, 2, 5]);
    expect(excluded).toBe(1);
  });

  it('gives zeros for a roster without hire dates', () => {
    expect([...averageHeadcount(buildTestDataset({ department: ['A'] }), q1, null, 0).average]).toEqual([0]);
  });
});
