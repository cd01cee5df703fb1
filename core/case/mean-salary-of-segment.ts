import type { Dataset } from '../table/dataset.ts';
import { segmentRows } from './segment-rows.ts';

/** Headers that state a monthly amount (`MonthlyIncome`, `Monthly Salary`, `月薪`): a turnover cost multiplies annual pay. */
const monthlyHeader = /month|月薪|月工资|月收入/i;

/**
 * Mean annual salary of a segment's people (or of everyone when segment is null), the salary a turnover cost multiplies;
 * null when the roster has no salary or nobody in the segment has one, so the cited fallback assumption is used instead.
 * A salary column whose header says it is monthly is annualised (× 12).
 * @example meanSalaryOfSegment(roster, { field: 'department', value: 'R&D' }) // 412_000
 */
export function meanSalaryOfSegment(roster: Dataset, segment: { field: string; value: string } | null): number | null {
  const salary = roster.fields.salary;
  if (salary?.type !== 'number') return null;
  const inSegment = segmentRows(roster, segment);
  if (!inSegment) return null;
  let sum = 0;
  let count = 0;
  for (let row = 0; row < roster.rowCount; row++) {
    const value = salary.values[row];
    if (Number.isNaN(value) || !inSegment(row)) continue;
    sum += value;
    count++;
  }
  return count > 0 ? ((monthlyHeader.test(salary.header) ? 12 : 1) * sum) / count : null;
}
