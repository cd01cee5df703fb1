import { describe, expect, it } from 'vitest';
import { dayFromYmd } from './day.ts';
import { rawTableFromValues } from './from-values.ts';
import { dayFromMonthText, parseMonthColumn } from './parse-month-column.ts';

const column = (...cells: (string | number)[]) => rawTableFromValues([['Period'], ...cells.map((cell) => [cell])]).columns[0];

describe('dayFromMonthText', () => {
  it('reads year-month texts as the first day of the month', () => {
    const march = dayFromYmd(2025, 3, 1);
    for (const text of ['2025-03', '2025/3', '2025.03', '2025年3月', ' 2025年03月 ', '03/2025', '3-2025']) expect(dayFromMonthText(text), text).toBe(march);
  });

  it('gives NaN for full dates, impossible months and empty input', () => {
    expect(dayFromMonthText('2025-03-14')).toBeNaN();
    expect(dayFromMonthText('2025-13')).toBeNaN();
    expect(dayFromMonthText('')).toBeNaN();
  });
});

describe('parseMonthColumn', () => {
  it('reads months as their first day and keeps full dates as they are', () => {
    const parsed = parseMonthColumn(column('2025-03', '2025-04-15', 'soon'), 20_000);
    expect([...parsed.dictionaryDays]).toEqual([dayFromYmd(2025, 3, 1), dayFromYmd(2025, 4, 15), NaN]);
    expect(parsed.dictionaryFailures).toEqual([null, null, 'invalid-date']);
  });

  it('reads yyyymm numbers when every number is one', () => {
    const parsed = parseMonthColumn(column(202503, 202504), 20_000);
    expect(parsed.dayFromNumber(202503)).toBe(dayFromYmd(2025, 3, 1));
  });
});
