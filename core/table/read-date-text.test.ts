import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDateText } from './read-date-text.ts';

const ymd = (year: number, month: number, day: number) => ({ year, twoDigitYear: false, first: month, second: day, monthFirst: true });

describe('readDateText', () => {
  it('reads year-first forms as decided', () => {
    expect(readDateText('2024-01-05')).toEqual(ymd(2024, 1, 5));
    expect(readDateText('2024/1/5')).toEqual(ymd(2024, 1, 5));
    expect(readDateText('2024.01.05')).toEqual(ymd(2024, 1, 5));
    expect(readDateText('20240105')).toEqual(ymd(2024, 1, 5));
    expect(readDateText('2024年1月5日')).toEqual(ymd(2024, 1, 5));
    expect(readDateText('2024 年 01 月 05 号')).toEqual(ymd(2024, 1, 5));
  });

  it('drops a time of day, including ISO and UTC forms', () => {
    expect(readDateText('2041-10-29 03:48:59 UTC')).toEqual(ymd(2041, 10, 29));
    expect(readDateText('2024-01-05T23:59:59.123Z')).toEqual(ymd(2024, 1, 5));
    expect(readDateText('2024-01-05T08:00:00+08:00')).toEqual(ymd(2024, 1, 5));
    expect(readDateText('1/5/2024 12:00:00 AM')?.year).toBe(2024);
  });

  it('reads month names in either position', () => {
    expect(readDateText('5-Jan-2024')).toEqual(ymd(2024, 1, 5));
    expect(readDateText('05 Sept 2024')).toEqual(ymd(2024, 9, 5));
    expect(readDateText('Jan 5, 2024')).toEqual(ymd(2024, 1, 5));
    expect(readDateText('December 31st 2020')).toEqual(ymd(2020, 12, 31));
    expect(readDateText('5-Jan-24')).toEqual({ ...ymd(24, 1, 5), twoDigitYear: true });
  });

  it('leaves a/b/year forms for the column to decide', () => {
    expect(readDateText('7/5/2011')).toEqual({ year: 2011, twoDigitYear: false, first: 7, second: 5, monthFirst: null });
    expect(readDateText('07/10/83')).toEqual({ year: 83, twoDigitYear: true, first: 7, second: 10, monthFirst: null });
    expect(readDateText('06-04-91')).toEqual({ year: 91, twoDigitYear: true, first: 6, second: 4, monthFirst: null });
    expect(readDateText('31.12.2020')).toEqual({ year: 2020, twoDigitYear: false, first: 31, second: 12, monthFirst: null });
  });

  it('rejects what is not shaped like a date', () => {
    for (const text of ['', 'hello', '2024-01/05', '5-Foo-2024', '12345', '1/2', '2024-1', 'N/A']) expect(readDateText(text), text).toBeNull();
  });

  it('never throws on random text', () => {
    fc.assert(fc.property(fc.string(), (text) => readDateText(text) === null || typeof readDateText(text)?.year === 'number'));
  });
});
