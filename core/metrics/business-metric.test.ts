import { describe, expect, it } from 'vitest';
import { yearPeriod } from '../table/day.ts';
import { buildTestDataset, groupBy } from './build-test-dataset.ts';
import { businessMetric } from './business-metric.ts';

describe('business_metric', () => {
  it('averages each department’s monthly values of each business metric in the period', () => {
    const business = buildTestDataset(
      {
        department: ['Sales', 'Sales', 'Marketing', 'Sales', 'Sales', 'Sales'],
        period: ['2025-01', '2025-02', '2025-01', '2025-01', '2025-02', '2024-12'],
        metricName: ['Conversion Rate', 'Conversion Rate', 'Conversion Rate', 'Revenue', 'Revenue', 'Revenue'],
        value: [0.2, 0.3, 0.1, 100, 300, 999],
      },
      { role: 'business' },
    );
    const [conversion, revenue] = businessMetric.compute(business, { period: yearPeriod(2025), grouping: groupBy(business, 'department') });
    // Conversion: Sales (0.2 + 0.3) ÷ 2, Marketing 0.1; two departments report it, so no company value.
    expect(conversion).toMatchObject({ variant: 'Conversion Rate', unit: 'ratio', direction: 'up', definition: 'business_metric.monthly-mean-in-period' });
    expect(conversion.groups[0].value).toBeCloseTo(0.25, 12);
    expect(conversion.groups[1]).toMatchObject({ value: 0.1, n: 1 });
    expect(conversion.total.value).toBeNaN();
    // Revenue: Sales alone, (100 + 300) ÷ 2 = 200 for Sales and the company; December 2024 is another period.
    expect(revenue).toMatchObject({ variant: 'Revenue', unit: 'currency', total: { value: 200, n: 2 } });
  });
});
