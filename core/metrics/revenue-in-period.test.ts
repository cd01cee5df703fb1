import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../table/day.ts';
import { buildTestDataset } from './build-test-dataset.ts';
import { revenueInPeriod } from './revenue-in-period.ts';

describe('revenueInPeriod', () => {
  it('keeps the revenue rows dated in the period', () => {
    const business = buildTestDataset(
      { period: ['2024-12', '2025-01', '2025-01', '2025-02'], metricName: ['Revenue', 'Revenue', 'Deals Closed', '营收'], value: [5, 10, 99, 20] },
      { role: 'business' },
    );
    expect([...revenueInPeriod(business, { from: dayFromIso('2025-01-01'), to: dayFromIso('2025-12-31') })]).toEqual([NaN, 10, NaN, 20]);
  });

  it('gives all NaN without a value column', () => {
    expect([...revenueInPeriod(buildTestDataset({ metricName: ['Revenue'] }, { role: 'business' }), { from: 0, to: 1e5 })]).toEqual([NaN]);
  });
});
