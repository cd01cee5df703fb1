import type { Day } from './day.ts';

// Serial 25569 is 1970-01-01, day 0.
const EPOCH_SERIAL = 25_569;
// Excel (after Lotus 1-2-3) counts a 29 February 1900 that never existed: serial 60. Serials below it are one day early.
const PHANTOM_LEAP_DAY = 60;

/**
 * Day number of an Excel serial date (1900 date system, the default in Windows and Mac Excel since 2011); the time of day
 * (fraction) is dropped. Serial 60, Excel's phantom 1900-02-29, and serials below 1 give NaN.
 * @example dayFromExcelSerial(45296) // 19727 (2024-01-05)
 */
export function dayFromExcelSerial(serial: number): Day {
  const whole = Math.floor(serial);
  if (!(whole >= 1) || whole === PHANTOM_LEAP_DAY) return NaN;
  return whole < PHANTOM_LEAP_DAY ? whole - EPOCH_SERIAL + 1 : whole - EPOCH_SERIAL;
}

/**
 * The Excel serial of a day, as a date cell holds it (the inverse of dayFromExcelSerial): for workbooks built in tests and
 * benchmarks the way Office.js hands dates over.
 * @example excelSerialFromDay(19727) // 45296 (2024-01-05)
 */
export function excelSerialFromDay(day: Day): number {
  const serial = day + EPOCH_SERIAL;
  return serial <= PHANTOM_LEAP_DAY ? serial - 1 : serial;
}
