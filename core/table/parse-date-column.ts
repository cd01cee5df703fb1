import { dayFromExcelSerial } from './day-from-excel-serial.ts';
import { dayFromReading } from './day-from-reading.ts';
import { dayFromYmd, type Day } from './day.ts';
import { dateOrderProof, decideDateOrder, isUndecidedDate, type DateOrderDecision } from './decide-date-order.ts';
import { isDateNumberFormat } from './is-date-number-format.ts';
import { NUMERIC, type RawColumn } from './raw-table.ts';
import { readDateText, type DateReading } from './read-date-text.ts';

/** Why a date cell was rejected: unreadable or impossible, or month/day order undecidable in a mixed column. */
export type DateFailure = 'invalid-date' | 'ambiguous-date';

/** A date column parsed once per distinct value: what the per-row loop looks up. */
export interface ParsedDateColumn {
  /** Day of each dictionary entry; NaN where it is not a usable date. */
  dictionaryDays: Float64Array;
  /** Why each unusable dictionary entry failed (null for good or blank entries). */
  dictionaryFailures: (DateFailure | null)[];
  /** Day of a numeric cell: an Excel serial or a `yyyymmdd` number, as the whole column shows; NaN when it cannot be a date. */
  dayFromNumber: (value: number) => Day;
  order: DateOrderDecision;
}

// Serials of 1900-03-01 and 2100-12-31: numbers outside are not dates, whatever the header says.
const FIRST_PLAUSIBLE_SERIAL = 61;
const LAST_PLAUSIBLE_SERIAL = 73_415;

function dayFromCompactNumber(value: number): Day {
  if (!Number.isInteger(value) || value < 19_000_101 || value > 21_001_231) return NaN;
  return dayFromYmd(Math.floor(value / 10_000), Math.floor(value / 100) % 100, value % 100);
}

function isPlausibleSerial(value: number): boolean {
  return value >= FIRST_PLAUSIBLE_SERIAL && value <= LAST_PLAUSIBLE_SERIAL;
}

/** How the column's numeric cells are dates: all checked so one stray number cannot flip the reading of the rest. */
function numberReader(column: RawColumn): (value: number) => Day {
  if (column.numberFormat && isDateNumberFormat(column.numberFormat)) return dayFromExcelSerial;
  if (!column.codes.includes(NUMERIC)) return dayFromExcelSerial;
  let allCompact = true;
  let allSerial = true;
  for (let i = 0; i < column.codes.length && (allCompact || allSerial); i++) {
    if (column.codes[i] !== NUMERIC) continue;
    const value = column.numbers[i];
    allCompact &&= !Number.isNaN(dayFromCompactNumber(value));
    allSerial &&= isPlausibleSerial(value);
  }
  if (allCompact) return dayFromCompactNumber;
  return allSerial ? dayFromExcelSerial : () => NaN;
}

function dayOfReading(reading: DateReading, decision: DateOrderDecision, pivotDay: Day): Day {
  if (decision.order !== 'mixed') return dayFromReading(reading, decision.order !== 'day-first', pivotDay);
  return dayFromReading(reading, dateOrderProof(reading) >= 0, pivotDay);
}

/**
 * Parse a date column once per distinct text (a million-row hire-date column has a few thousand): read every dictionary
 * entry, decide month/day order for the column from all of them, then resolve each to a day, two-digit years pivoting at
 * `pivotDay`. Numeric cells are Excel serials when the number format is a date format or every number is a plausible serial
 * (1900-03-01…2100-12-31), `yyyymmdd` when every number is one. An empty column gives empty lookups.
 * @example parseDateColumn(rawTableFromValues([['Hire'], ['31/1/2024']]).columns[0], 19_800).order.order // 'day-first'
 */
export function parseDateColumn(column: RawColumn, pivotDay: Day): ParsedDateColumn {
  const readings = column.dictionary.map((text) => readDateText(text.trim()));
  const order = decideDateOrder(readings.filter((reading) => reading !== null));
  const dictionaryDays = new Float64Array(readings.length);
  const dictionaryFailures: (DateFailure | null)[] = readings.map((reading, k) => {
    const undecidable = reading !== null && order.order === 'mixed' && isUndecidedDate(reading);
    dictionaryDays[k] = reading === null || undecidable ? NaN : dayOfReading(reading, order, pivotDay);
    if (undecidable) return 'ambiguous-date';
    return Number.isNaN(dictionaryDays[k]) && column.dictionary[k].trim() !== '' ? 'invalid-date' : null;
  });
  return { dictionaryDays, dictionaryFailures, dayFromNumber: numberReader(column), order };
}
