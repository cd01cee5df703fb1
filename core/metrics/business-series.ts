import type { Dataset } from '../table/dataset.ts';
import { monthIndex } from './month-index.ts';
import { skipMask } from './skip-mask.ts';

/** A long business table as a cube of monthly values: department × metric × month, NaN where nothing was reported. */
export interface BusinessSeries {
  departments: readonly string[];
  metrics: readonly string[];
  /** monthIndex of the first month held. */
  firstMonth: number;
  monthCount: number;
  /** Value of (department d, metric m, month firstMonth + t) at ((d × metrics + m) × monthCount + t); repeated rows are averaged. */
  values: Float64Array;
}

/** Mean, sample variance and count of one department's metric over a window of months. */
export interface WindowStats {
  mean: number;
  /** Sample variance (n − 1); NaN under two values. */
  variance: number;
  n: number;
}

/**
 * The business table's monthly values by department and metric (dates within a month count for that month), built in typed
 * arrays from the dictionary codes so before/after comparisons read a window with index arithmetic. A table without a
 * department, period, metric or value column, or without a usable row, gives an empty cube.
 * @example businessSeries(business).values[0] // Sales' first metric in the first month
 */
export function businessSeries(business: Dataset): BusinessSeries {
  const { department, period, metricName, value } = business.fields;
  const empty: BusinessSeries = { departments: [], metrics: [], firstMonth: 0, monthCount: 0, values: new Float64Array(0) };
  if (department?.type !== 'category' || period?.type !== 'date' || metricName?.type !== 'category' || value?.type !== 'number') return empty;
  const { skip } = skipMask(business, ['department', 'period', 'metricName', 'value']);
  const months = Float64Array.from(period.days, monthIndex);
  const usable = (i: number) => skip[i] === 0 && department.codes[i] >= 0 && metricName.codes[i] >= 0 && !Number.isNaN(months[i]) && !Number.isNaN(value.values[i]);
  let firstMonth = Infinity;
  let lastMonth = -Infinity;
  for (let i = 0; i < months.length; i++) {
    if (!usable(i)) continue;
    firstMonth = Math.min(firstMonth, months[i]);
    lastMonth = Math.max(lastMonth, months[i]);
  }
  if (!Number.isFinite(firstMonth)) return empty;
  const monthCount = lastMonth - firstMonth + 1;
  const metricCount = metricName.labels.length;
  const sums = new Float64Array(department.labels.length * metricCount * monthCount);
  const counts = new Float64Array(sums.length);
  for (let i = 0; i < months.length; i++) {
    if (!usable(i)) continue;
    const cell = (department.codes[i] * metricCount + metricName.codes[i]) * monthCount + months[i] - firstMonth;
    sums[cell] += value.values[i];
    counts[cell]++;
  }
  const values = sums.map((sum, cell) => (counts[cell] === 0 ? NaN : sum / counts[cell]));
  return { departments: department.labels, metrics: metricName.labels, firstMonth, monthCount, values };
}

/**
 * Mean, sample variance and count of department d's metric m over months from…to (monthIndex, inclusive), skipping months
 * without a value and months outside the cube. No values: mean NaN, n 0.
 * @example windowStats(series, 0, 1, monthIndex(dayFromIso('2024-10-01')), monthIndex(dayFromIso('2025-03-01'))).mean // 0.180
 */
export function windowStats(series: BusinessSeries, d: number, m: number, from: number, to: number): WindowStats {
  const base = (d * series.metrics.length + m) * series.monthCount - series.firstMonth;
  let n = 0;
  let sum = 0;
  let squares = 0;
  for (let month = Math.max(from, series.firstMonth); month <= Math.min(to, series.firstMonth + series.monthCount - 1); month++) {
    const value = series.values[base + month];
    if (Number.isNaN(value)) continue;
    n++;
    sum += value;
    squares += value * value;
  }
  const mean = n === 0 ? NaN : sum / n;
  return { mean, variance: n < 2 ? NaN : Math.max(0, (squares - n * mean * mean) / (n - 1)), n };
}
