import { describe, expect, it } from 'vitest';
import { defaultPeriod } from './analyze.ts';
import { buildTestDataset } from './metrics/build-test-dataset.ts';
import { isoFromDay } from './table/day.ts';

/** The default period as ISO dates, for readable expectations. */
function isoPeriod(hireDate: (string | null)[], terminationDate: (string | null)[], asOf: string) {
  const period = defaultPeriod(buildTestDataset({ hireDate, terminationDate }, { asOf }));
  return period && [isoFromDay(period.from), isoFromDay(period.to)];
}

describe('defaultPeriod', () => {
  it('covers the twelve calendar months ending with the month of the latest date', () => {
    expect(isoPeriod(['2016-03-01', '2018-07-09'], [null, '2018-11-10'], '2026-01-01')).toEqual(['2017-12-01', '2018-11-30']);
    expect(isoPeriod(['2024-02-01'], ['2025-12-30'], '2026-06-30')).toEqual(['2025-01-01', '2025-12-31']);
  });

  it('ignores dates after as-of and stops at as-of', () => {
    expect(isoPeriod(['2020-01-01'], ['2030-05-05'], '2020-06-15')).toEqual(['2019-02-01', '2020-01-31']);
    expect(isoPeriod(['2020-06-10'], [null], '2020-06-15')).toEqual(['2019-07-01', '2020-06-15']);
  });

  it('is null without dates', () => {
    expect(defaultPeriod(buildTestDataset({ department: ['R&D'] }, { asOf: '2020-01-01' }))).toBeNull();
  });
});
