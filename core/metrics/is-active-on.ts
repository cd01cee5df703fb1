import type { Day } from '../table/day.ts';

/**
 * Whether a person is on the payroll on `day`: hired on or before it (hire date present) and not yet gone, where a person
 * whose termination date is `day` itself still counts on that day (it is their last working day), so a month-end leaver is
 * in that month's end headcount. A missing (NaN) termination date means still employed; a missing hire date means never counted.
 * @example isActiveOn(10, 20, 20) // true: the last day counts
 * @example isActiveOn(10, NaN, 9) // false: not hired yet
 */
export function isActiveOn(hireDay: Day, terminationDay: Day, day: Day): boolean {
  return hireDay <= day && !(terminationDay < day);
}
