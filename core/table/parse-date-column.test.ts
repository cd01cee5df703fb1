import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromIso, dayFromYmd, isoFromDay, ymdFromDay } from './day.ts';
import { rawTableFromValues } from './from-values.ts';
import { parseDateColumn } from './parse-date-column.ts';
import type { CellValue } from './raw-table.ts';

const asOf = dayFromIso('2020-12-31');
const column = (cells: CellValue[], numberFormat?: string) => rawTableFromValues([['Date'], ...cells.map((cell) => [cell])], { numberFormats: [numberFormat] }).columns[0];
const isoOf = (cells: CellValue[], numberFormat?: string) => {
  const raw = column(cells, numberFormat);
  const parsed = parseDateColumn(raw, asOf);
  return cells.map((cell, i) => {
    const day = typeof cell === 'number' ? parsed.dayFromNumber(cell) : parsed.dictionaryDays[raw.codes[i]];
    return Number.isNaN(day) ? null : isoFromDay(day);
  });
};

const pad = (n: number) => String(n).padStart(2, '0');
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Every written form of a date, with a companion value that makes the column's order provable. */
const formats: Record<string, { print: (y: number, m: number, d: number) => CellValue; proof: CellValue | null; numberFormat?: string }> = {
  iso: { print: (y, m, d) => `${y}-${pad(m)}-${pad(d)}`, proof: null },
  isoUtc: { print: (y, m, d) => `${y}-${pad(m)}-${pad(d)} 03:48:59 UTC`, proof: null },
  monthFirst: { print: (y, m, d) => `${m}/${d}/${y}`, proof: '12/31/2020' },
  dayFirst: { print: (y, m, d) => `${d}/${m}/${y}`, proof: '31/12/2020' },
  yearSlash: { print: (y, m, d) => `${y}/${m}/${d}`, proof: null },
  chinese: { print: (y, m, d) => `${y}年${m}月${d}日`, proof: null },
  compactText: { print: (y, m, d) => `${y}${pad(m)}${pad(d)}`, proof: null },
  monthName: { print: (y, m, d) => `${d}-${months[m - 1]}-${y}`, proof: null },
  compactNumber: { print: (y, m, d) => y * 10_000 + m * 100 + d, proof: null },
  excelSerial: { print: (y, m, d) => dayFromYmd(y, m, d) + 25_569, proof: null, numberFormat: 'm/d/yyyy' },
};

describe('parseDateColumn', () => {
  it('parses each distinct text once and resolves HRDataset-style m/d/yyyy', () => {
    const raw = column(['7/5/2011', '3/30/2015', '7/5/2011', '', 'not a date']);
    const parsed = parseDateColumn(raw, asOf);
    expect(raw.dictionary).toHaveLength(3);
    expect([...parsed.dictionaryDays].map((day) => (Number.isNaN(day) ? null : isoFromDay(day)))).toEqual(['2011-07-05', '2015-03-30', null]);
    expect(parsed.dictionaryFailures).toEqual([null, null, 'invalid-date']);
    expect(parsed.order.order).toBe('month-first');
  });

  it('reads the whole column day first when one value proves it', () => {
    expect(isoOf(['05/07/2011', '30/03/2015'])).toEqual(['2011-07-05', '2015-03-30']);
  });

  it('in a mixed column reads each value by what it proves and flags the undecidable', () => {
    const raw = column(['3/30/2015', '30/3/2015', '5/7/2011', '4/4/2012']);
    const parsed = parseDateColumn(raw, asOf);
    expect(parsed.order.order).toBe('mixed');
    expect(parsed.dictionaryFailures).toEqual([null, null, 'ambiguous-date', null]);
    expect([...parsed.dictionaryDays].slice(0, 2).map(isoFromDay)).toEqual(['2015-03-30', '2015-03-30']);
    expect(isoFromDay(parsed.dictionaryDays[3])).toBe('2012-04-04');
  });

  it('assumes month first when nothing decides', () => {
    const parsed = parseDateColumn(column(['5/7/2011']), asOf);
    expect(parsed.order.order).toBe('ambiguous');
    expect(isoFromDay(parsed.dictionaryDays[0])).toBe('2011-05-07');
  });

  it('pivots two-digit DOBs to 19xx relative to the as-of day', () => {
    expect(isoOf(['07/10/83', '05/05/51', '11/24/00'])).toEqual(['1983-07-10', '1951-05-05', '2000-11-24']);
  });

  it('reads numbers as Excel serials under a date format or when all are plausible serials', () => {
    expect(isoOf([45296, 44196.5], 'yyyy-mm-dd')).toEqual(['2024-01-05', '2020-12-31']);
    expect(isoOf([45296, 44196])).toEqual(['2024-01-05', '2020-12-31']);
    expect(isoOf([20240105, 20201231])).toEqual(['2024-01-05', '2020-12-31']);
  });

  it('rejects numbers that cannot be dates instead of guessing', () => {
    expect(isoOf([3, 45296])).toEqual([null, null]);
    expect(isoOf([60], 'm/d/yyyy')).toEqual([null]);
  });

  it('leaves whitespace-only texts missing, not failed', () => {
    const parsed = parseDateColumn(column(['   ']), asOf);
    expect(parsed.dictionaryFailures).toEqual([null]);
    expect(parsed.dictionaryDays[0]).toBeNaN();
  });

  for (const [name, format] of Object.entries(formats)) {
    it(`round-trips print → parse for ${name}`, () => {
      fc.assert(
        fc.property(fc.integer({ min: dayFromIso('1901-01-01'), max: dayFromIso('2099-12-31') }), (day) => {
          const printed = format.print(...ymdFromDay(day));
          const cells = format.proof === null ? [printed] : [printed, format.proof];
          expect(isoOf(cells, format.numberFormat)[0]).toBe(isoFromDay(day));
        }),
      );
    });
  }

  it('round-trips mm-dd-yy within the century ending at the as-of day', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayFromIso('1921-01-01'), max: asOf }), (day) => {
        const [y, m, d] = ymdFromDay(day);
        expect(isoOf([`${pad(m)}-${pad(d)}-${pad(y % 100)}`, '12-31-20'])[0]).toBe(isoFromDay(day));
      }),
    );
  });

  it('never throws on random texts and numbers', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.double(), fc.constant(null)), { maxLength: 20 }), fc.option(fc.string()), (cells, numberFormat) => {
        const parsed = parseDateColumn(column(cells, numberFormat ?? undefined), asOf);
        expect(parsed.dictionaryFailures.every((failure) => failure === null || failure === 'invalid-date' || failure === 'ambiguous-date')).toBe(true);
      }),
    );
  });
});
