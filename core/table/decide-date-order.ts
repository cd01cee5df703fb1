import type { DateReading } from './read-date-text.ts';

/** How a column's `a/b/year` dates are read. */
export interface DateOrderDecision {
  /**
   * `month-first` / `day-first`: proven by some value (or nothing needed deciding); `mixed`: values prove both, so each is
   * read by what it proves; `ambiguous`: some value needs a decision and none proves either, so month first is assumed.
   */
  order: 'month-first' | 'day-first' | 'mixed' | 'ambiguous';
  /** Distinct values whose second part exceeds 12 (so the first is the month). */
  monthFirstProofs: number;
  /** Distinct values whose first part exceeds 12 (so the second is the month). */
  dayFirstProofs: number;
}

/**
 * What one reading proves about its column's order, since only a part above 12 can tell: 1 month first, -1 day first,
 * 0 nothing (decided forms, equal parts, both parts ≤ 12 or both > 12).
 * @example dateOrderProof({ year: 2015, twoDigitYear: false, first: 3, second: 30, monthFirst: null }) // 1
 */
export function dateOrderProof(reading: DateReading): number {
  if (reading.monthFirst || reading.first === reading.second) return 0;
  if (reading.second > 12 && reading.first <= 12) return 1;
  if (reading.first > 12 && reading.second <= 12) return -1;
  return 0;
}

/**
 * True when the reading's month and day could be either way round and the two readings differ, so the date is unknown
 * until the column decides (`5/7/2011`); decided forms and `3/3/2020` give false.
 * @example isUndecidedDate({ year: 2011, twoDigitYear: false, first: 5, second: 7, monthFirst: null }) // true
 */
export function isUndecidedDate(reading: DateReading): boolean {
  return reading.monthFirst === null && reading.first !== reading.second && reading.first <= 12 && reading.second <= 12;
}

/**
 * Decide for a whole column whether `a/b/yyyy` is month/day (US) or day/month (most of the world), from all its distinct
 * values at once: a part above 12 can only be the day. Deciding per column, not per value, stops `03/04/2020` being read one
 * way in one row and the other way in the next. With no readings, or none needing a decision, the order is `month-first`.
 * @example decideDateOrder([{ year: 2020, twoDigitYear: false, first: 31, second: 12, monthFirst: null }]).order // 'day-first'
 */
export function decideDateOrder(readings: readonly DateReading[]): DateOrderDecision {
  let monthFirstProofs = 0;
  let dayFirstProofs = 0;
  let undecided = 0;
  for (const reading of readings) {
    const proof = dateOrderProof(reading);
    if (proof > 0) monthFirstProofs++;
    else if (proof < 0) dayFirstProofs++;
    else if (isUndecidedDate(reading)) undecided++;
  }
  const order =
    monthFirstProofs > 0 && dayFirstProofs > 0 ? 'mixed'
    : dayFirstProofs > 0 ? 'day-first'
    : monthFirstProofs > 0 || undecided === 0 ? 'month-first'
    : 'ambiguous';
  return { order, monthFirstProofs, dayFirstProofs };
}
