import type { Dataset } from '../table/dataset.ts';
import type { Period } from '../table/day.ts';
import { isRevenueMetric } from './is-revenue-metric.ts';
import { skipMask } from './skip-mask.ts';

/**
 * Per business-table row: its revenue when the row is a revenue figure (isRevenueMetric) dated within the period, else NaN,
 * so revenue per head and cost of vacancy add up the same rows. A table without a metric name, period or value: all NaN.
 * @example revenueInPeriod(business, yearPeriod(2025)).reduce((sum, v) => (Number.isNaN(v) ? sum : sum + v), 0) // 2025 revenue
 */
export function revenueInPeriod(business: Dataset, period: Period): Float64Array {
  const revenue = new Float64Array(business.rowCount).fill(NaN);
  const { metricName, period: month, value } = business.fields;
  if (metricName?.type !== 'category' || month?.type !== 'date' || value?.type !== 'number') return revenue;
  const { skip } = skipMask(business, ['metricName', 'period', 'value']);
  const isRevenue = metricName.labels.map(isRevenueMetric);
  for (let i = 0; i < revenue.length; i++) {
    const code = metricName.codes[i];
    if (skip[i] === 0 && code >= 0 && isRevenue[code] && month.days[i] >= period.from && month.days[i] <= period.to) revenue[i] = value.values[i];
  }
  return revenue;
}
