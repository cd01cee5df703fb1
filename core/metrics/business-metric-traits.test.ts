import { describe, expect, it } from 'vitest';
import { businessMetricTraits } from './business-metric-traits.ts';

describe('businessMetricTraits', () => {
  it('reads the demo company’s business metrics', () => {
    expect(businessMetricTraits('Conversion Rate', [0.18, 0.23])).toEqual({ unit: 'ratio', direction: 'up' });
    expect(businessMetricTraits('Revenue', [11_654_000])).toEqual({ unit: 'currency', direction: 'up' });
    expect(businessMetricTraits('Cost per Order', [12.5])).toEqual({ unit: 'currency', direction: 'down' });
    expect(businessMetricTraits('Cycle Time', [40.5])).toEqual({ unit: 'days', direction: 'down' });
    expect(businessMetricTraits('Days to Close', [7])).toEqual({ unit: 'days', direction: 'down' });
    expect(businessMetricTraits('Defects', [36])).toEqual({ unit: 'count', direction: 'down' });
    expect(businessMetricTraits('Deals Closed', [109])).toEqual({ unit: 'count', direction: 'up' });
  });

  it('reads Chinese names, and a rate above 1 as a count', () => {
    expect(businessMetricTraits('转化率', [0.2])).toEqual({ unit: 'ratio', direction: 'up' });
    expect(businessMetricTraits('营收', [1e6])).toEqual({ unit: 'currency', direction: 'up' });
    expect(businessMetricTraits('缺陷数', [3])).toEqual({ unit: 'count', direction: 'down' });
    expect(businessMetricTraits('Conversion Rate', [18, 23])).toEqual({ unit: 'count', direction: 'up' });
  });
});
