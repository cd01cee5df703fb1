import { dayFromYmd, type Day } from '../table/day.ts';

/** First day the demo company's history covers. */
export const historyStart: Day = dayFromYmd(2023, 1, 1);
/** The demo company's "today": every table is an export taken on this day. */
export const asOfDay: Day = dayFromYmd(2025, 12, 31);

/**
 * The day itself when it is Monday–Friday, else the following Monday: people start jobs and file requests on working days.
 * @example weekdayOnOrAfter(dayFromYmd(2025, 1, 4)) // dayFromYmd(2025, 1, 6), Saturday → Monday
 */
export function weekdayOnOrAfter(day: Day): Day {
  const weekday = (day + 3) % 7; // day 0 (1970-01-01) was a Thursday; 0 = Monday here
  return weekday >= 5 ? day + (7 - weekday) : day;
}

/**
 * Year and 1-based month of every month from `from` to `to` inclusive, for monthly series.
 * @example monthsBetween([2025, 11], [2026, 1]) // [[2025, 11], [2025, 12], [2026, 1]]
 */
export function monthsBetween(from: [number, number], to: [number, number]): [number, number][] {
  const months: [number, number][] = [];
  for (let index = from[0] * 12 + from[1] - 1; index <= to[0] * 12 + to[1] - 1; index++) {
    months.push([Math.floor(index / 12), (index % 12) + 1]);
  }
  return months;
}

/**
 * `yyyy-mm` label of a month, the Period format of the business metrics table.
 * @example periodLabel(2025, 3) // '2025-03'
 */
export function periodLabel(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}
