import { describe, expect, it } from 'vitest';
import { yearPeriod } from '../table/day.ts';
import { buildTestDataset, groupBy, INVALID } from './build-test-dataset.ts';
import { trainingCompletion } from './training-completion.ts';

describe('training_completion', () => {
  it('divides completed by known enrolments of courses ending in the period', () => {
    // 2025: Sales 1 of 2; R&D 1 of 1 (the unknown completion and the 2024 course are left out); the invalid flag is excluded.
    const training = buildTestDataset(
      {
        department: ['Sales', 'Sales', 'R&D', 'R&D', 'R&D', 'Sales'],
        endDate: ['2025-03-07', '2025-03-07', '2025-03-07', '2024-12-01', '2025-05-01', '2025-03-07'],
        completed: [true, false, null, true, true, INVALID],
      },
      { role: 'training' },
    );
    const [result] = trainingCompletion.compute(training, { period: yearPeriod(2025), grouping: groupBy(training, 'department') });
    expect(result).toMatchObject({ definition: 'training_completion.completed-over-enrolled.by-end-date', excluded: 1, total: { numerator: 2, denominator: 3 } });
    expect(result.groups.map((g) => g.value)).toEqual([0.5, 1]);
  });
});
