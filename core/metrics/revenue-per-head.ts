import type { FieldId } from '../table/fields.ts';
import { addToSlots } from './add-to-slots.ts';
import { averageHeadcount } from './average-headcount.ts';
import { codesForLabels } from './codes-for-labels.ts';
import { defineMetric } from './metric.ts';
import { revenueInPeriod } from './revenue-in-period.ts';
import { splitSlots } from './split-slots.ts';

/**
 * revenue_per_head = revenue in the period ÷ average headcount over it (the SHRM monthly average turnover divides by):
 * company-wide, all revenue rows of the business table (isRevenueMetric) over the roster's whole average headcount; per
 * department, the department's revenue rows (matched by name) over its own headcount, so a department that reports no
 * revenue has no value rather than 0. Not annualised. n = people on the payroll during the period. Source: ISO 30414:2018
 * productivity (revenue per employee). Needs the business table; no revenue, no result. No period: no result.
 */
export const revenuePerHead = defineMetric({
  id: 'revenue_per_head',
  kind: 'mean',
  unit: 'currency',
  direction: 'up',
  relatedRoles: ['business'],
  requires: ['hireDate'],
  needsPeriod: true,
  formula: 'revenue in the period ÷ mean over its months of (headcount on the first day + on the last day) ÷ 2',
  source: 'ISO 30414:2018 productivity: revenue per employee',
  appliesTo: (dataset) => dataset.fields.hireDate?.type === 'date',
  compute(dataset, { period, grouping, related }) {
    const business = related?.business;
    if (period === null || business === undefined) return [];
    const revenue = revenueInPeriod(business, period);
    if (!revenue.some((value) => !Number.isNaN(value))) return [];
    const groupCount = grouping === null ? 0 : grouping.labels.length;
    const businessGroups = grouping === null ? undefined : business.fields[grouping.field as FieldId];
    const codes = grouping !== null && businessGroups?.type === 'category' ? codesForLabels(businessGroups, grouping.labels) : null;
    const total = new Float64Array(groupCount + 1);
    const reported = new Float64Array(groupCount + 1);
    for (let i = 0; i < revenue.length; i++) {
      if (Number.isNaN(revenue[i])) continue;
      const group = codes === null ? -1 : codes[i];
      addToSlots(total, group, revenue[i]);
      addToSlots(reported, group, 1);
    }
    const { average, people, excluded } = averageHeadcount(dataset, period, grouping === null ? null : grouping.codes, groupCount);
    const slots = splitSlots(groupCount, (slot) => ({
      numerator: reported[slot] > 0 ? total[slot] : NaN,
      denominator: average[slot],
      n: people[slot],
      value: reported[slot] > 0 && average[slot] > 0 ? total[slot] / average[slot] : NaN,
    }));
    return [{ variant: null, ...slots, excluded, definition: 'revenue_per_head.revenue-over-average-monthly-headcount', caveats: [] }];
  },
});
