import { dayFromIso, dayFromYmd, isoFromDay, ymdFromDay } from '../table/day.ts';

/**
 * The ISO date a number of weeks after another, for plan checkpoints dated from the proposal day.
 * @example isoPlusWeeks('2025-03-03', 2) // '2025-03-17'
 */
export function isoPlusWeeks(iso: string, weeks: number): string {
  return isoFromDay(dayFromIso(iso) + weeks * 7);
}

/**
 * The last day of the month a number of months after a date: targets fall due at a month end, the way objectives are reviewed.
 * @example isoMonthEndAfter('2025-03-14', 6) // '2025-09-30'
 */
export function isoMonthEndAfter(iso: string, months: number): string {
  const [year, month] = ymdFromDay(dayFromIso(iso));
  const index = year * 12 + (month - 1) + months + 1;
  return isoFromDay(dayFromYmd(Math.floor(index / 12), (index % 12) + 1, 1) - 1);
}
