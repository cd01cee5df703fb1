import { describe, expect, it } from 'vitest';
import { buildTestDataset } from '../metrics/build-test-dataset.ts';
import { meanSalaryOfSegment } from './mean-salary-of-segment.ts';

describe('meanSalaryOfSegment', () => {
  const roster = buildTestDataset({ department: ['R&D', 'R&D', 'Sales', 'Sales'], salary: [100_000, 300_000, 50_000, null] }, { asOf: '2025-12-31' });

  it('averages the segment’s known salaries, or everyone’s', () => {
    expect(meanSalaryOfSegment(roster, { field: 'department', value: 'R&D' })).toBe(200_000);
    expect(meanSalaryOfSegment(roster, { field: 'department', value: 'Sales' })).toBe(50_000);
    expect(meanSalaryOfSegment(roster, null)).toBe(150_000);
    expect(meanSalaryOfSegment(roster, { field: 'department', value: 'Legal' })).toBeNull();
  });

  it('annualises a salary column headed as monthly (IBM’s MonthlyIncome)', () => {
    const monthly = buildTestDataset({ salary: [5_000, 7_000] }, { asOf: '2025-12-31' });
    monthly.fields.salary!.header = 'MonthlyIncome';
    expect(meanSalaryOfSegment(monthly, null)).toBe(72_000);
  });
});
