import { normalCdf } from '../stats/normal-cdf.ts';
import { businessMetricTraits } from './business-metric-traits.ts';
import { businessSeries, windowStats, type BusinessSeries } from './business-series.ts';
import { codesForLabels } from './codes-for-labels.ts';
import { defineMetric, type GroupTally, type MetricResult } from './metric.ts';
import { monthIndex } from './month-index.ts';
import { skipMask } from './skip-mask.ts';

/** Months compared before a course starts and after it ends. */
const WINDOW_MONTHS = 6;
/** Fewest months with a value on each side for a department's change to count. */
const MIN_MONTHS = 3;
const Z_95 = 1.959964;

/** One department's change in a metric around a course: after-window mean − before-window mean, and its variance. */
interface Change {
  value: number;
  variance: number;
}

/** Department d's change in metric m from the months before to the months after, or null with under MIN_MONTHS on a side. */
function changeOf(series: BusinessSeries, d: number, m: number, before: [number, number], after: [number, number]): Change | null {
  const b = windowStats(series, d, m, before[0], before[1]);
  const a = windowStats(series, d, m, after[0], after[1]);
  if (b.n < MIN_MONTHS || a.n < MIN_MONTHS) return null;
  return { value: a.mean - b.mean, variance: a.variance / a.n + b.variance / b.n };
}

/** The mean of departments' changes, with the variance of that mean (departments independent). */
function meanChange(changes: readonly Change[]): Change {
  const k = changes.length;
  return { value: changes.reduce((sum, c) => sum + c.value, 0) / k, variance: changes.reduce((sum, c) => sum + c.variance, 0) / (k * k) };
}

/** A trained group's tally: its change as the value with a 95% interval, the comparison group's change as the rest value, the difference-in-differences test as the p-value. */
function effectTally(treated: Change, comparison: Change, n: number): GroupTally {
  const se = Math.sqrt(treated.variance + comparison.variance);
  const difference = treated.value - comparison.value;
  const pValue = se > 0 ? 2 * (1 - normalCdf(Math.abs(difference) / se)) : difference === 0 ? 1 : 0;
  const half = Z_95 * Math.sqrt(treated.variance);
  return { numerator: NaN, denominator: NaN, n, value: treated.value, ci95: [treated.value - half, treated.value + half], restValue: comparison.value, pValue };
}

const noEffect = (n: number): GroupTally => ({ numerator: NaN, denominator: NaN, n, value: NaN });

/** Every department's monthly values of metric m, for reading the metric's unit from its values. */
function metricValues(series: BusinessSeries, m: number): Float64Array {
  const { departments, metrics, monthCount, values } = series;
  const out = new Float64Array(departments.length * monthCount);
  for (let d = 0; d < departments.length; d++) out.set(values.subarray((d * metrics.length + m) * monthCount, (d * metrics.length + m + 1) * monthCount), d * monthCount);
  return out;
}

/**
 * training_effect: for each course ending in the period and each business metric, the trained departments' change in the
 * metric — mean of the 6 months after the course minus the 6 months before it (months without a value skipped, at least 3
 * a side, the after window cut at the as-of day with `right-censored`) — set against the comparison group's change over
 * the same months: departments reporting the same metric that had no course at all from 6 months before to 6 months after.
 * value = the trained departments' change (mean of their changes); rest value = the comparison group's; the effect is their
 * difference (difference-in-differences), whose normal test (variances from the monthly spread within each department) is
 * the p-value; the 95% interval is the change's. Without a comparison group there is no result: a plain before/after would
 * mistake growth or seasonality for the course's effect. One result per course and metric (variant `course → metric`), in
 * the metric's own unit and direction (businessMetricTraits); departments are matched to the business table by name.
 * n = participants. Source: difference-in-differences (Card & Krueger 1994; Kirkpatrick level 4, results). Needs the
 * business table. No period: no result.
 */
export const trainingEffect = defineMetric({
  id: 'training_effect',
  kind: 'mean',
  unit: 'ratio',
  direction: 'up',
  role: 'training',
  relatedRoles: ['business'],
  requires: ['course', 'department'],
  needsPeriod: true,
  formula: 'trained departments’ (after − before) change in a business metric, against the untrained comparison group’s change (difference-in-differences)',
  source: 'difference-in-differences (Card & Krueger 1994); Kirkpatrick level 4 (results)',
  appliesTo: (dataset) => dataset.fields.course?.type === 'category' && dataset.fields.department?.type === 'category' && (dataset.fields.startDate?.type === 'date' || dataset.fields.endDate?.type === 'date'),
  compute(dataset, { period, grouping, related }) {
    const { course, department, startDate, endDate } = dataset.fields;
    const business = related?.business;
    if (period === null || business === undefined || course?.type !== 'category' || department?.type !== 'category') return [];
    const start = startDate?.type === 'date' ? startDate.days : endDate?.type === 'date' ? endDate.days : null;
    const end = endDate?.type === 'date' ? endDate.days : start;
    const series = businessSeries(business);
    if (start === null || end === null || series.monthCount === 0) return [];
    const { skip, excluded } = skipMask(dataset, ['course', 'department', 'startDate', 'endDate']);
    const departments = series.departments.length;
    const toBusiness = codesForLabels(department, series.departments);
    const courses = course.labels.length;
    const firstMonth = new Float64Array(courses).fill(Infinity);
    const lastMonth = new Float64Array(courses).fill(-Infinity);
    const lastDay = new Float64Array(courses).fill(-Infinity);
    const participants = new Float64Array(courses * departments);
    const busy = new Uint8Array(departments * series.monthCount);
    for (let i = 0; i < dataset.rowCount; i++) {
      const c = course.codes[i];
      const from = monthIndex(start[i]);
      const to = monthIndex(end[i]);
      if (skip[i] === 1 || c < 0 || Number.isNaN(from) || Number.isNaN(to)) continue;
      firstMonth[c] = Math.min(firstMonth[c], from);
      lastMonth[c] = Math.max(lastMonth[c], to);
      lastDay[c] = Math.max(lastDay[c], end[i]);
      const d = toBusiness[i];
      if (d < 0) continue;
      participants[c * departments + d]++;
      for (let month = Math.max(from, series.firstMonth); month <= Math.min(to, series.firstMonth + series.monthCount - 1); month++) busy[d * series.monthCount + month - series.firstMonth] = 1;
    }
    const wasBusy = (d: number, from: number, to: number) => {
      for (let month = Math.max(from, series.firstMonth); month <= Math.min(to, series.firstMonth + series.monthCount - 1); month++) if (busy[d * series.monthCount + month - series.firstMonth]) return true;
      return false;
    };
    const groupCount = grouping === null ? 0 : grouping.labels.length;
    const groupDepartment = grouping?.field === 'department' ? Int32Array.from(grouping.labels, (label) => series.departments.findIndex((name) => name.trim().toLowerCase() === label.trim().toLowerCase())) : new Int32Array(groupCount).fill(-1);
    const lastCompleteMonth = monthIndex(dataset.asOf + 1) - 1;
    const results: MetricResult[] = [];
    for (let c = 0; c < courses; c++) {
      if (!(lastDay[c] >= period.from && lastDay[c] <= period.to)) continue;
      const before: [number, number] = [firstMonth[c] - WINDOW_MONTHS, firstMonth[c] - 1];
      const after: [number, number] = [lastMonth[c] + 1, Math.min(lastMonth[c] + WINDOW_MONTHS, lastCompleteMonth)];
      const groupRows = new Float64Array(groupCount + 1);
      for (let i = 0; i < dataset.rowCount; i++) {
        if (skip[i] === 1 || course.codes[i] !== c) continue;
        groupRows[groupCount]++;
        if (grouping !== null && grouping.codes[i] >= 0) groupRows[grouping.codes[i]]++;
      }
      for (let m = 0; m < series.metrics.length; m++) {
        const changes = Array.from({ length: departments }, (_, d) => changeOf(series, d, m, before, after));
        const trained = changes.map((change, d) => (participants[c * departments + d] > 0 ? change : null));
        const untrained = changes.filter((change, d): change is Change => change !== null && participants[c * departments + d] === 0 && !wasBusy(d, before[0], after[0] + WINDOW_MONTHS - 1));
        const treated = trained.filter((change) => change !== null);
        if (treated.length === 0 || untrained.length === 0) continue;
        const comparison = meanChange(untrained);
        const traits = businessMetricTraits(series.metrics[m], metricValues(series, m));
        results.push({
          variant: `${course.labels[c]} → ${series.metrics[m]}`,
          total: effectTally(meanChange(treated), comparison, groupRows[groupCount]),
          groups: Array.from(groupDepartment, (d, g) => (d >= 0 && trained[d] !== null ? effectTally(trained[d], comparison, groupRows[g]) : noEffect(groupRows[g]))),
          excluded,
          definition: `training_effect.difference-in-differences-${WINDOW_MONTHS}-months`,
          caveats: after[1] - after[0] + 1 < WINDOW_MONTHS ? ['right-censored'] : [],
          unit: traits.unit,
          direction: traits.direction,
        });
      }
    }
    return results;
  },
});
