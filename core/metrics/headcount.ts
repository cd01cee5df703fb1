import { defineMetric } from './metric.ts';
import { countByGroup } from './count-by-group.ts';
import { populationOn } from './population-on.ts';
import { splitSlots } from './split-slots.ts';

/**
 * headcount = people on the payroll on one day: the period's last day, or the dataset's as-of day without a period.
 * With hire dates, active on the day (hired on or before it, termination date absent or on/after it); snapshot data without
 * dates (IBM): rows not flagged as leavers; neither: every listed row. Source: ISO 30414:2018 workforce headcount.
 * The population basis is in the definition id (`headcount.active-on-date`, `headcount.snapshot-non-leavers`,
 * `headcount.listed-rows`). Tally: value = numerator = n = the count; denominator NaN (a count has none).
 */
export const headcount = defineMetric({
  id: 'headcount',
  kind: 'count',
  unit: 'count',
  direction: 'neutral',
  requires: [],
  needsPeriod: false,
  usesPeriod: true,
  formula: 'people active on the day (hired on or before it, not terminated before it); snapshot data: rows not flagged as leavers',
  source: 'ISO 30414:2018, workforce headcount',
  appliesTo: () => true,
  compute(dataset, context) {
    const population = populationOn(dataset, context.period?.to ?? dataset.asOf, []);
    const counts = countByGroup(population.member, context.grouping);
    const slots = splitSlots(counts.length - 1, (slot) => ({ numerator: counts[slot], denominator: NaN, n: counts[slot], value: counts[slot] }));
    return [{ variant: null, ...slots, excluded: population.excluded, definition: `headcount.${population.basis}`, caveats: [] }];
  },
});
