import { dayFromYmd, type Day } from './day.ts';
import { parseDateColumn, type ParsedDateColumn } from './parse-date-column.ts';
import type { RawColumn } from './raw-table.ts';

// `2025-03`, `2025/3`, `2025.03`, `2025年3月`, `2025-3月`: year first, then the month, no day.
const yearMonth = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*月?$/;
// `03/2025`, `3-2025`: month then four-digit year.
const monthYear = /^(\d{1,2})[-/.](\d{4})$/;

/**
 * The first day of the month a period text names (`2025-03`, `2025/3`, `2025年3月`, `03/2025`), so monthly business figures
 * line up with calendar periods; NaN for anything else, empty input included (full dates are read by parseDateColumn).
 * @example dayFromMonthText('2025年3月') === dayFromYmd(2025, 3, 1) // true
 */
export function dayFromMonthText(text: string): Day {
  const trimmed = text.trim();
  const m = yearMonth.exec(trimmed);
  if (m) return dayFromYmd(Number(m[1]), Number(m[2]), 1);
  const n = monthYear.exec(trimmed);
  return n ? dayFromYmd(Number(n[2]), Number(n[1]), 1) : NaN;
}

/** A `yyyymm` number (202503) as the first day of its month; NaN otherwise. */
function dayFromCompactMonth(value: number): Day {
  if (!Number.isInteger(value) || value < 190_001 || value > 210_012) return NaN;
  return dayFromYmd(Math.floor(value / 100), value % 100, 1);
}

/**
 * A period column parsed once per distinct value: month texts as the first day of their month, anything else as
 * parseDateColumn reads dates (a date stays its own day); numeric cells are `yyyymm` months when every number is one,
 * else dates (Excel serials of a month-formatted column). An empty column gives empty lookups.
 * @example parseMonthColumn(rawTableFromValues([['Period'], ['2025-03']]).columns[0], 20_000).dictionaryDays[0] === dayFromYmd(2025, 3, 1) // true
 */
export function parseMonthColumn(column: RawColumn, pivotDay: Day): ParsedDateColumn {
  const dates = parseDateColumn(column, pivotDay);
  const dictionaryDays = Float64Array.from(column.dictionary, (text, k) => {
    const month = dayFromMonthText(text);
    return Number.isNaN(month) ? dates.dictionaryDays[k] : month;
  });
  const dictionaryFailures = dates.dictionaryFailures.map((failure, k) => (Number.isNaN(dictionaryDays[k]) ? failure : null));
  return { ...dates, dictionaryDays, dictionaryFailures, dayFromNumber: allCompactMonths(column.numbers) ? dayFromCompactMonth : dates.dayFromNumber };
}

/** True when the column has numbers and every one is a `yyyymm` month (one pass, no copy of a million-row column). */
function allCompactMonths(numbers: Float64Array): boolean {
  let any = false;
  for (let i = 0; i < numbers.length; i++) {
    const value = numbers[i];
    if (Number.isNaN(value)) continue;
    if (Number.isNaN(dayFromCompactMonth(value))) return false;
    any = true;
  }
  return any;
}
