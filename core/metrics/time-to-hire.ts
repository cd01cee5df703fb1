import { applicationGrouping, candidateApplications } from './candidate-applications.ts';
import { defineMetric, type MetricResult } from './metric.ts';
import { medianTallies } from './median-tallies.ts';
import { quantileTallies } from './quantile-tallies.ts';

/**
 * time_to_hire = median days from a candidate's application (first `applied` event) to the offer's acceptance (first
 * `accepted` event), over applications accepted in the period; variant `p90` the 90th percentile. An accepted application
 * without an applied event is left out with the caveat `missing-data`. n = hires. Events are folded per candidate and
 * requisition (candidateApplications). Source: SHRM / LinkedIn Talent Solutions time to hire (applied → offer accepted);
 * ISO 30414:2018 recruitment. No period: no result.
 */
export const timeToHire = defineMetric({
  id: 'time_to_hire',
  kind: 'median',
  unit: 'days',
  direction: 'down',
  role: 'candidates',
  requires: ['candidateId', 'stage', 'eventDate'],
  needsPeriod: true,
  formula: 'median of (offer accepted − applied) in days over applications accepted in the period; P90 variant',
  source: 'SHRM time to hire (candidate applied → offer accepted); ISO 30414:2018 recruitment, mobility and turnover',
  appliesTo: (dataset) => dataset.fields.stage?.type === 'category' && dataset.fields.eventDate?.type === 'date',
  compute(dataset, { period, grouping }) {
    if (period === null) return [];
    const applications = candidateApplications(dataset);
    const { applied, accepted } = applications.firstDay;
    const days = new Float64Array(applications.count).fill(NaN);
    let withoutApplication = 0;
    for (let a = 0; a < days.length; a++) {
      if (!(accepted[a] >= period.from && accepted[a] <= period.to)) continue;
      days[a] = accepted[a] - applied[a];
      if (Number.isNaN(days[a])) withoutApplication++;
    }
    const slots = medianTallies(days, applicationGrouping(applications, grouping));
    const base = { excluded: applications.excluded, caveats: withoutApplication > 0 ? ['missing-data'] : [] };
    const results: MetricResult[] = [
      { variant: null, ...slots, definition: 'time_to_hire.applied-to-accepted', ...base },
      { variant: 'p90', ...quantileTallies(slots, 0.9), definition: 'time_to_hire.applied-to-accepted.p90', quantile: 0.9, ...base },
    ];
    return results;
  },
});
