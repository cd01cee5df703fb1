import { ymdFromDay, type Day } from '../table/day.ts';

/**
 * Months since January of year 0 (year × 12 + month − 1), so monthly business figures and course dates line up on one
 * integer axis and "six months before" is a subtraction. NaN for NaN.
 * @example monthIndex(dayFromIso('2025-03-14')) - monthIndex(dayFromIso('2024-12-01')) // 3
 */
export function monthIndex(day: Day): number {
  if (Number.isNaN(day)) return NaN;
  const [year, month] = ymdFromDay(day);
  return year * 12 + month - 1;
}
