import { describe, expect, it } from 'vitest';
import { yearPeriod } from '../table/day.ts';
import { buildTestDataset, groupBy } from './build-test-dataset.ts';
import { qualityOfHire } from './quality-of-hire.ts';

describe('quality_of_hire', () => {
  it('gives the share of 2025 hires rated meeting expectations after 90 days of service', () => {
    // Sales: A exceeds, B needs improvement, C left after 46 days (early attrition, not counted) → 1 of 2.
    // R&D: D hired 47 days before the as-of day (right-censored), E left after 269 days rated Fully Meets, F unrated
    // (missing-data), G hired in 2024 → 1 of 1. Total 2 of 3.
    const roster = buildTestDataset(
      {
        department: ['Sales', 'Sales', 'Sales', 'R&D', 'R&D', 'R&D', 'R&D'],
        hireDate: ['2025-01-10', '2025-02-01', '2025-03-01', '2025-11-15', '2025-01-05', '2025-04-01', '2024-06-01'],
        terminationDate: [null, null, '2025-04-15', null, '2025-09-30', null, null],
        performanceRating: ['Exceeds', 'Needs Improvement', null, null, 'Fully Meets', null, 'PIP'],
      },
      { asOf: '2025-12-31' },
    );
    const [result] = qualityOfHire.compute(roster, { period: yearPeriod(2025), grouping: groupBy(roster, 'department') });
    expect(result).toMatchObject({ definition: 'quality_of_hire.meeting-expectations-after-90-days', caveats: ['right-censored', 'missing-data'] });
    expect(result.total).toMatchObject({ numerator: 2, denominator: 3 });
    expect(result.groups.map((g) => g.value)).toEqual([0.5, 1]);
  });
});
