import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../table/day.ts';
import { buildTestDataset } from './build-test-dataset.ts';
import { businessSeries, windowStats } from './business-series.ts';
import { monthIndex } from './month-index.ts';

describe('businessSeries', () => {
  const business = buildTestDataset(
    {
      department: ['Sales', 'Sales', 'Sales', 'Sales', 'HR', 'Sales'],
      period: ['2025-01', '2025-02', '2025-03', '2025-03-20', '2025-01', '2025-02'],
      metricName: ['Conversion', 'Conversion', 'Conversion', 'Conversion', 'Conversion', 'Revenue'],
      value: [0.2, 0.3, 0.1, 0.3, 0.5, 100],
    },
    { role: 'business' },
  );
  const series = businessSeries(business);
  const jan = monthIndex(dayFromIso('2025-01-01'));

  it('holds one value per department, metric and month, averaging repeated rows', () => {
    expect(series).toMatchObject({ departments: ['Sales', 'HR'], metrics: ['Conversion', 'Revenue'], firstMonth: jan, monthCount: 3 });
    // Sales conversion: Jan 0.2, Feb 0.3, Mar (0.1 + 0.3) ÷ 2 = 0.2.
    expect([...series.values.subarray(0, 3)].map((v) => Number(v.toFixed(10)))).toEqual([0.2, 0.3, 0.2]);
  });

  it('reads a window: mean, sample variance and count', () => {
    // 0.2, 0.3, 0.2: mean 0.2333, variance ((−0.0333)² · 2 + 0.0667²) ÷ 2 = 0.003333.
    const stats = windowStats(series, 0, 0, jan - 5, jan + 2);
    expect(stats.n).toBe(3);
    expect(stats.mean).toBeCloseTo(0.7 / 3, 12);
    expect(stats.variance).toBeCloseTo(0.01 / 3, 12);
    expect(windowStats(series, 1, 1, jan, jan + 2)).toEqual({ mean: NaN, variance: NaN, n: 0 });
  });

  it('is empty without the columns it needs', () => {
    expect(businessSeries(buildTestDataset({ department: ['Sales'] }, { role: 'business' })).monthCount).toBe(0);
  });
});
