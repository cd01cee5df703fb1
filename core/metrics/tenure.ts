import { defineMetric } from './metric.ts';
import { medianTallies } from './median-tallies.ts';
import { populationOn } from './population-on.ts';

/** Average Gregorian year length, so leap years do not shift tenure. */
const DAYS_PER_YEAR = 365.25;

/**
 * tenure = median years of service of the people on the payroll on the period's last day (or the as-of day): with hire
 * dates, (day − hire date) ÷ 365.25 for people active on the day (`tenure.active-on-date`); snapshot data without dates
 * (IBM's YearsAtCompany) reads the `tenureYears` column of the rows not flagged as leavers (`tenure.snapshot-non-leavers`),
 * or of every row without a leaver flag (`tenure.listed-rows`). Source: ISO 30414:2018 workforce (length of service).
 */
export const tenure = defineMetric({
  id: 'tenure',
  kind: 'median',
  unit: 'years',
  direction: 'neutral',
  requires: [],
  needsPeriod: false,
  formula: 'median of (day − hire date) ÷ 365.25 over people active on the day; snapshot data: median years at company of non-leavers',
  source: 'ISO 30414:2018, length of service',
  appliesTo: (dataset) => dataset.fields.hireDate?.type === 'date' || dataset.fields.tenureYears?.type === 'number',
  compute(dataset, { period, grouping }) {
    const day = period?.to ?? dataset.asOf;
    const { hireDate, tenureYears } = dataset.fields;
    const source = hireDate?.type === 'date' ? hireDate : tenureYears?.type === 'number' ? tenureYears : null;
    if (source === null) return [];
    const population = populationOn(dataset, day, source.type === 'date' ? [] : ['tenureYears']);
    // Service in whole days from dates (sorted by counting, then turned into years), else years as given.
    const service = new Float64Array(dataset.rowCount).fill(NaN);
    for (let i = 0; i < service.length; i++) {
      if (population.member[i] === 1) service[i] = source.type === 'date' ? day - source.days[i] : source.values[i];
    }
    const slots = medianTallies(service, grouping, source.type === 'date' ? DAYS_PER_YEAR : 1);
    return [{ variant: null, ...slots, excluded: population.excluded, definition: `tenure.${population.basis}`, caveats: [] }];
  },
});
