import { describe, expect, it } from 'vitest';
import { dayFromIso, isoFromDay } from './day.ts';
import { dayFromReading } from './day-from-reading.ts';
import { readDateText } from './read-date-text.ts';

const asOf = dayFromIso('2020-12-31');
const iso = (text: string, monthFirst = true, pivot = asOf) => isoFromDay(dayFromReading(readDateText(text)!, monthFirst, pivot));

describe('dayFromReading', () => {
  it('applies the column order to undecided parts only', () => {
    expect(iso('7/5/2011')).toBe('2011-07-05');
    expect(iso('7/5/2011', false)).toBe('2011-05-07');
    expect(iso('2011-07-05', false)).toBe('2011-07-05');
  });

  it('pivots two-digit years to 19xx when 20xx would be after the pivot day', () => {
    expect(iso('07/10/83')).toBe('1983-07-10');
    expect(iso('01/01/51')).toBe('1951-01-01');
    expect(iso('04-08-19')).toBe('2019-04-08');
    expect(iso('12-31-20')).toBe('2020-12-31');
    expect(iso('01-01-21')).toBe('1921-01-01');
    expect(iso('5-Jan-00')).toBe('2000-01-05');
  });

  it('gives NaN for impossible dates', () => {
    expect(dayFromReading(readDateText('2/30/2020')!, true, asOf)).toBeNaN();
    expect(dayFromReading(readDateText('13/13/2020')!, true, asOf)).toBeNaN();
    expect(dayFromReading(readDateText('2023-02-29')!, true, asOf)).toBeNaN();
    expect(iso('2024-02-29')).toBe('2024-02-29');
  });
});
