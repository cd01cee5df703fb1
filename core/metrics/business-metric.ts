import { addToSlots } from './add-to-slots.ts';
import { businessMetricTraits } from './business-metric-traits.ts';
import { defineMetric, type MetricResult } from './metric.ts';
import { skipMask } from './skip-mask.ts';
import { splitSlots } from './split-slots.ts';

/**
 * business_metric = a department's mean monthly value of a business metric over the period (rows dated in it), one variant
 * per metric name as the business table names it (`Conversion Rate`, `Defects`, `营收`), in the metric's own unit and
 * direction (businessMetricTraits), so department goals on business figures have evidence to be checked against and HR
 * metrics can be set beside the business. The company-wide value is given only when a single department reports the metric
 * (averaging one department's conversion with another's would mean nothing). n = monthly values. Source: the department's
 * own reporting (ISO 30414:2018 productivity). No period: no result.
 */
export const businessMetric = defineMetric({
  id: 'business_metric',
  kind: 'mean',
  unit: 'count',
  direction: 'up',
  role: 'business',
  requires: ['metricName', 'period', 'value'],
  needsPeriod: true,
  formula: 'mean of a department’s monthly values of the business metric in the period',
  source: 'the business table (department reporting); ISO 30414:2018 productivity',
  appliesTo: (dataset) => dataset.fields.metricName?.type === 'category' && dataset.fields.period?.type === 'date' && dataset.fields.value?.type === 'number',
  compute(dataset, { period, grouping }) {
    const { metricName, period: month, value, department } = dataset.fields;
    if (period === null || metricName?.type !== 'category' || month?.type !== 'date' || value?.type !== 'number') return [];
    const { skip, excluded } = skipMask(dataset, ['metricName', 'period', 'value', 'department']);
    const slotCount = (grouping === null ? 0 : grouping.labels.length) + 1;
    const metrics = metricName.labels.length;
    const sums = new Float64Array(metrics * slotCount);
    const counts = new Float64Array(metrics * slotCount);
    const reporters = metricName.labels.map(() => new Set<number>());
    for (let i = 0; i < dataset.rowCount; i++) {
      const m = metricName.codes[i];
      if (skip[i] === 1 || m < 0 || !(month.days[i] >= period.from && month.days[i] <= period.to) || Number.isNaN(value.values[i])) continue;
      const group = grouping === null ? -1 : grouping.codes[i];
      addToSlots(sums.subarray(m * slotCount, (m + 1) * slotCount), group, value.values[i]);
      addToSlots(counts.subarray(m * slotCount, (m + 1) * slotCount), group, 1);
      if (department?.type === 'category') reporters[m].add(department.codes[i]);
    }
    const results: MetricResult[] = [];
    for (let m = 0; m < metrics; m++) {
      const base = m * slotCount;
      if (counts[base + slotCount - 1] === 0) continue;
      const mean = (slot: number) => (counts[base + slot] === 0 ? NaN : sums[base + slot] / counts[base + slot]);
      const traits = businessMetricTraits(metricName.labels[m], Float64Array.from({ length: slotCount }, (_, slot) => mean(slot)));
      const slots = splitSlots(slotCount - 1, (slot) => ({
        numerator: sums[base + slot],
        denominator: counts[base + slot],
        n: counts[base + slot],
        value: slot === slotCount - 1 && reporters[m].size > 1 ? NaN : mean(slot),
      }));
      results.push({ variant: metricName.labels[m], ...slots, excluded, definition: 'business_metric.monthly-mean-in-period', caveats: [], unit: traits.unit, direction: traits.direction });
    }
    return results;
  },
});
