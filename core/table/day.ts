/** Calendar days since 1970-01-01 (UTC): dates are stored as plain numbers so columns fit in a Float64Array (NaN = missing). */
export type Day = number;

const MS_PER_DAY = 86_400_000;

/**
 * Day number of a calendar date; month is 1-based. Returns NaN for impossible dates (Feb 30).
 * @example dayFromYmd(1970, 1, 2) // 1
 */
export function dayFromYmd(year: number, month: number, day: number): Day {
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return NaN;
  return ms / MS_PER_DAY;
}

/**
 * ISO `yyyy-mm-dd` of a day number, the form used in JSON output and snapshots.
 * @example isoFromDay(0) // '1970-01-01'
 */
export function isoFromDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Year, 1-based month and day of month of a day number.
 * @example ymdFromDay(1) // [1970, 1, 2]
 */
export function ymdFromDay(day: Day): [number, number, number] {
  const d = new Date(day * MS_PER_DAY);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** Day number of an ISO `yyyy-mm-dd` string, NaN when malformed. @example dayFromIso('1970-01-02') // 1 */
export function dayFromIso(iso: string): Day {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? dayFromYmd(Number(m[1]), Number(m[2]), Number(m[3])) : NaN;
}

/** Today's day number from a clock reading, so callers can pass a fixed `now` in tests. @example todayDay(new Date(86_400_000)) // 1 */
export function todayDay(now: Date = new Date()): Day {
  return Math.floor(now.getTime() / MS_PER_DAY);
}

/** An inclusive range of days: the period a metric is computed for. */
export interface Period {
  from: Day;
  to: Day;
}

/** The calendar year as a period. @example yearPeriod(1970) // { from: 0, to: 364 } */
export function yearPeriod(year: number): Period {
  return { from: dayFromYmd(year, 1, 1), to: dayFromYmd(year, 12, 31) };
}
