import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromIso, isoFromDay } from './day.ts';
import { dayFromExcelSerial, excelSerialFromDay } from './day-from-excel-serial.ts';

describe('dayFromExcelSerial', () => {
  it('matches Excel around its phantom 1900-02-29', () => {
    expect(isoFromDay(dayFromExcelSerial(1))).toBe('1900-01-01');
    expect(isoFromDay(dayFromExcelSerial(59))).toBe('1900-02-28');
    expect(dayFromExcelSerial(60)).toBeNaN();
    expect(isoFromDay(dayFromExcelSerial(61))).toBe('1900-03-01');
  });

  it('matches known serials and drops the time of day', () => {
    expect(isoFromDay(dayFromExcelSerial(25569))).toBe('1970-01-01');
    expect(isoFromDay(dayFromExcelSerial(45296))).toBe('2024-01-05');
    expect(isoFromDay(dayFromExcelSerial(45296.99))).toBe('2024-01-05');
    expect(isoFromDay(dayFromExcelSerial(44196))).toBe('2020-12-31');
  });

  it('rejects serials below 1', () => {
    expect(dayFromExcelSerial(0)).toBeNaN();
    expect(dayFromExcelSerial(-5)).toBeNaN();
    expect(dayFromExcelSerial(NaN)).toBeNaN();
  });

  it('is one day per serial after March 1900', () => {
    fc.assert(fc.property(fc.integer({ min: 61, max: 2_958_465 }), (serial) => dayFromExcelSerial(serial + 1) - dayFromExcelSerial(serial) === 1));
    expect(dayFromExcelSerial(61) - dayFromIso('1900-03-01')).toBe(0);
  });

  it('turns a day back into the serial a date cell holds, across the phantom 29 February 1900', () => {
    for (const serial of [1, 59, 61, 25569, 44196, 45296, 2958465]) expect(excelSerialFromDay(dayFromExcelSerial(serial))).toBe(serial);
  });
});
