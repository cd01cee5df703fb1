import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../table/day.ts';
import { buildTestDataset, groupBy, INVALID } from './build-test-dataset.ts';
import { applicationGrouping, candidateApplications } from './candidate-applications.ts';

const day = dayFromIso;

describe('candidateApplications', () => {
  // C1 applies to R1 and R2 (two applications); C2 to R1 with an event of an unknown stage and one with an invalid date.
  const events = buildTestDataset(
    {
      candidateId: ['C1', 'C1', 'C2', 'C1', 'C2', 'C2', 'C1', 'C2'],
      requisitionId: ['R1', 'R1', 'R1', 'R2', 'R1', 'R1', 'R1', 'R1'],
      stage: ['Applied', 'Interviewed', '投递', 'Applied', 'Background check', 'Offered', 'Interviewed', 'Offered'],
      eventDate: ['2025-01-02', '2025-01-10', '2025-01-03', '2025-02-01', '2025-01-20', INVALID, '2025-01-08', '2025-01-25'],
      department: ['Sales', 'Sales', 'Sales', 'R&D', 'Sales', 'Sales', 'Sales', 'Sales'],
    },
    { role: 'candidates' },
  );
  const applications = candidateApplications(events);

  it('folds events into one record per candidate and requisition with the first day of each stage', () => {
    // Keys candidate × (requisitions + 1) + requisition + 1: C1/R1 = 1, C1/R2 = 2, C2/R1 = 4 → applications 0, 1, 2.
    expect(applications.count).toBe(3);
    expect([...applications.firstDay.applied]).toEqual([day('2025-01-02'), day('2025-02-01'), day('2025-01-03')]);
    expect([...applications.firstDay.interviewed]).toEqual([day('2025-01-08'), NaN, NaN]);
    expect([...applications.firstDay.offered]).toEqual([NaN, NaN, day('2025-01-25')]);
    expect([...applications.firstRow]).toEqual([0, 3, 2]);
    expect([...applications.rowApplication]).toEqual([0, 0, 2, 1, 2, -1, 0, 2]);
    expect(applications.rowStage[4]).toBe(-1);
    expect(applications.excluded).toBe(1);
  });

  it('gives each application its first row’s group', () => {
    const grouping = applicationGrouping(applications, groupBy(events, 'department'))!;
    expect(grouping.labels).toEqual(['Sales', 'R&D']);
    expect([...grouping.codes]).toEqual([0, 1, 0]);
    expect(applicationGrouping(applications, null)).toBeNull();
  });

  it('has no applications in an empty table', () => {
    expect(candidateApplications(buildTestDataset({}, { role: 'candidates' })).count).toBe(0);
  });
});
