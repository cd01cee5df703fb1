import { describe, expect, it } from 'vitest';
import { isRevenueMetric } from './is-revenue-metric.ts';

describe('isRevenueMetric', () => {
  it('knows revenue by its usual names in English and Chinese', () => {
    for (const name of ['Revenue', ' Net Revenue ', 'Sales', 'Total Revenue (CNY)', '营收', '营业收入', '销售额', '收入', '营收（元）']) expect(isRevenueMetric(name), name).toBe(true);
  });

  it('rejects other metrics and empty input', () => {
    for (const name of ['Revenue per Head', 'Deals Closed', 'Conversion Rate', 'Sales Headcount', '人均营收率', '']) expect(isRevenueMetric(name), name).toBe(false);
  });
});
