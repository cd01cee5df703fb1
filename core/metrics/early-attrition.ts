import { defineMetric, type MetricResult } from './metric.ts';
import { addToSlots } from './add-to-slots.ts';
import { rateTally } from './rate-tally.ts';
import { skipMask } from './skip-mask.ts';
import { splitSlots } from './split-slots.ts';

/** Headline window (variant null) and the one-year variant, in days of employment counting the hire day as day 1. */
const windows = [
  { variant: null, days: 90 },
  { variant: '1y', days: 365 },
] as const;

/**
 * early_attrition = hires in the period whose last day fell within their first 90 days (termination − hire < 90) ÷ hires in
 * the period; variant `1y` the same with 365 days. A hire counts in the denominator only once the whole window has elapsed by
 * the as-of day (hire + days − 1 ≤ asOf), whether or not the person left: counting still-open windows as "stayed" would bias
 * the rate down and counting only their early leavers would bias it up (right-censoring), so those hires are left out with
 * the caveat `right-censored`.
 * Source: SHRM / Oracle HCM new-hire turnover (leavers with ≤ 1 year of service); ISO 30414:2018 recruitment and turnover.
 * No period: no result.
 */
export const earlyAttrition = defineMetric({
  id: 'early_attrition',
  kind: 'rate',
  unit: 'ratio',
  direction: 'down',
  requires: ['hireDate', 'terminationDate'],
  needsPeriod: true,
  formula: 'hires in the period who left within 90 days (1y: 365 days) of hire ÷ hires in the period whose window has elapsed',
  source: 'SHRM / Oracle HCM new-hire turnover; ISO 30414:2018 recruitment, mobility and turnover',
  appliesTo: (dataset) => dataset.fields.hireDate?.type === 'date' && dataset.fields.terminationDate?.type === 'date',
  compute(dataset, { period, grouping }) {
    const hire = dataset.fields.hireDate;
    const termination = dataset.fields.terminationDate;
    if (period === null || hire?.type !== 'date' || termination?.type !== 'date') return [];
    const { skip, excluded } = skipMask(dataset, ['hireDate', 'terminationDate']);
    const codes = grouping === null ? null : grouping.codes;
    const slotCount = (grouping === null ? 0 : grouping.labels.length) + 1;
    const tallies = windows.map(() => ({ left: new Float64Array(slotCount), hires: new Float64Array(slotCount), censored: 0 }));
    for (let i = 0; i < dataset.rowCount; i++) {
      const hired = hire.days[i];
      if (skip[i] === 1 || !(hired >= period.from && hired <= period.to)) continue;
      const daysEmployed = termination.days[i] - hired + 1;
      const group = codes === null ? -1 : codes[i];
      for (let w = 0; w < windows.length; w++) {
        const leftWithin = daysEmployed <= windows[w].days;
        if (hired + windows[w].days - 1 > dataset.asOf) {
          tallies[w].censored++;
          continue;
        }
        addToSlots(tallies[w].hires, group, 1);
        if (leftWithin) addToSlots(tallies[w].left, group, 1);
      }
    }
    return windows.map(({ variant, days }, w): MetricResult => {
      const { left, hires, censored } = tallies[w];
      return {
        variant,
        ...splitSlots(slotCount - 1, (slot) => rateTally(left[slot], hires[slot], hires[slot])),
        excluded,
        definition: `early_attrition.left-within-${days}-days`,
        caveats: censored > 0 ? ['right-censored'] : [],
      };
    });
  },
});
