import { dayFromYmd, type Day } from './day.ts';
import type { DateReading } from './read-date-text.ts';

/**
 * The day a date reading stands for, reading undecided parts month first or day first as the column decided. A two-digit
 * year is 20yy unless that date would lie after `pivotDay` (normally the as-of day), then 19yy: DOB `07/10/83` → 1983, `51`
 * → 1951, while a hire date `04-08-19` → 2019. Impossible dates (Feb 30, month 13) give NaN.
 * @example dayFromReading({ year: 83, twoDigitYear: true, first: 7, second: 10, monthFirst: null }, true, 18_627) // 4_938 (1983-07-10)
 */
export function dayFromReading(reading: DateReading, monthFirst: boolean, pivotDay: Day): Day {
  const [month, day] = reading.monthFirst || monthFirst ? [reading.first, reading.second] : [reading.second, reading.first];
  if (!reading.twoDigitYear) return dayFromYmd(reading.year, month, day);
  const recent = dayFromYmd(2000 + reading.year, month, day);
  return recent <= pivotDay ? recent : dayFromYmd(1900 + reading.year, month, day);
}
