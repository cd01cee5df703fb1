import { defineMetric, type MetricResult } from './metric.ts';
import { addToSlots } from './add-to-slots.ts';
import { countIndexed, indexCheckpoints } from './count-days-within.ts';
import { monthCheckpoints } from './month-checkpoints.ts';
import { rateTally } from './rate-tally.ts';
import { skipMask } from './skip-mask.ts';
import { splitSlots } from './split-slots.ts';

/**
 * turnover_rate = separations (termination date within the period) ÷ average headcount, where average headcount is the
 * mean over the period's calendar months (clipped to the period) of (headcount on the month's first day + headcount on its
 * last day) ÷ 2, active as in isActiveOn. Source: SHRM, "How to calculate monthly turnover rates" (separations ÷ average
 * monthly headcount), summed over the period as separations ÷ mean monthly headcount. Not annualised. Variants
 * `voluntary` / `involuntary` count only separations with that `voluntary` flag (unknown ones are in the headline only).
 * n = people active on any day of the period. Can exceed 1 when people are replaced more than once. No period: no result.
 */
export const turnoverRate = defineMetric({
  id: 'turnover_rate',
  kind: 'rate',
  unit: 'ratio',
  direction: 'down',
  requires: ['hireDate', 'terminationDate'],
  needsPeriod: true,
  formula: 'separations in the period ÷ mean over its months of (headcount on the first day + on the last day) ÷ 2',
  source: 'SHRM, How to calculate monthly turnover rates (average monthly headcount)',
  appliesTo: (dataset) => dataset.fields.hireDate?.type === 'date' && dataset.fields.terminationDate?.type === 'date',
  compute(dataset, { period, grouping }) {
    const hire = dataset.fields.hireDate;
    const termination = dataset.fields.terminationDate;
    if (period === null || hire?.type !== 'date' || termination?.type !== 'date') return [];
    const voluntary = dataset.fields.voluntary?.type === 'boolean' ? dataset.fields.voluntary : null;
    const { skip, excluded } = skipMask(dataset, ['hireDate', 'terminationDate']);
    const checkpoints = monthCheckpoints(period);
    const index = indexCheckpoints(checkpoints);
    const codes = grouping === null ? null : grouping.codes;
    const slotCount = (grouping === null ? 0 : grouping.labels.length) + 1;
    const people = new Float64Array(slotCount);
    const presence = new Float64Array(slotCount);
    const separations = new Float64Array(slotCount);
    const voluntarySeparations = new Float64Array(slotCount);
    const involuntarySeparations = new Float64Array(slotCount);
    let unknownVoluntariness = 0;
    let invalidVoluntariness = 0;
    for (let i = 0; i < dataset.rowCount; i++) {
      const hired = hire.days[i];
      const terminated = termination.days[i];
      if (skip[i] === 1 || !(hired <= period.to) || terminated < period.from) continue;
      const group = codes === null ? -1 : codes[i];
      addToSlots(people, group, 1);
      addToSlots(presence, group, countIndexed(index, hired, terminated));
      if (!(terminated <= period.to)) continue;
      addToSlots(separations, group, 1);
      if (voluntary === null) continue;
      if (voluntary.invalid[i] === 1) invalidVoluntariness++;
      else if (voluntary.values[i] === 1) addToSlots(voluntarySeparations, group, 1);
      else if (voluntary.values[i] === 0) addToSlots(involuntarySeparations, group, 1);
      else unknownVoluntariness++;
    }
    const result = (variant: string | null, numerators: Float64Array): MetricResult => ({
      variant,
      ...splitSlots(slotCount - 1, (slot) => rateTally(numerators[slot], presence[slot] / checkpoints.length, people[slot])),
      excluded: variant === null ? excluded : excluded + invalidVoluntariness,
      definition: `turnover_rate.${variant === null ? '' : `${variant}.`}shrm-average-monthly-headcount`,
      caveats: variant !== null && unknownVoluntariness > 0 ? ['missing-data'] : [],
    });
    const headline = result(null, separations);
    if (voluntary === null) return [headline];
    return [headline, result('voluntary', voluntarySeparations), result('involuntary', involuntarySeparations)];
  },
});
