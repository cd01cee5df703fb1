import { defineMetric } from './metric.ts';
import { medianTallies } from './median-tallies.ts';
import { populationOn } from './population-on.ts';

/**
 * compa_ratio = median over people on the payroll on the period's last day (or the as-of day) of salary ÷ market (or band)
 * midpoint, counting everyone with both values and a positive midpoint; 1.00 = paid at the midpoint. Population as in
 * populationOn (its basis is in the definition id). Source: WorldatWork compa-ratio (pay ÷ range midpoint).
 */
export const compaRatio = defineMetric({
  id: 'compa_ratio',
  kind: 'median',
  unit: 'ratio',
  direction: 'neutral',
  requires: ['salary', 'marketMidpoint'],
  needsPeriod: false,
  usesPeriod: true,
  formula: 'median of salary ÷ market midpoint over people active on the day with both values',
  source: 'WorldatWork, compa-ratio = pay ÷ range (or market) midpoint',
  appliesTo: (dataset) => dataset.fields.salary?.type === 'number' && dataset.fields.marketMidpoint?.type === 'number',
  compute(dataset, { period, grouping }) {
    const salary = dataset.fields.salary;
    const midpoint = dataset.fields.marketMidpoint;
    if (salary?.type !== 'number' || midpoint?.type !== 'number') return [];
    const population = populationOn(dataset, period?.to ?? dataset.asOf, ['salary', 'marketMidpoint']);
    const ratios = new Float64Array(dataset.rowCount).fill(NaN);
    for (let i = 0; i < ratios.length; i++) {
      if (population.member[i] === 1 && midpoint.values[i] > 0) ratios[i] = salary.values[i] / midpoint.values[i];
    }
    const slots = medianTallies(ratios, grouping);
    return [{ variant: null, ...slots, excluded: population.excluded, definition: `compa_ratio.${population.basis}`, caveats: [] }];
  },
});
