import { defineMetric, type MetricResult } from './metric.ts';
import { medianTallies } from './median-tallies.ts';
import { quantileTallies } from './quantile-tallies.ts';
import { skipMask } from './skip-mask.ts';

/**
 * time_to_fill = median days from a requisition's approval to its fill (the day the offer was accepted) over requisitions
 * filled in the period; tables without an approval date start at the opening date, and the definition id says which
 * (`time_to_fill.approved-to-filled` / `.opened-to-filled`). Variant `p90`: the 90th percentile (type 7). A filled
 * requisition without a start date is left out with the caveat `missing-data`. n = requisitions. Source: SHRM
 * time-to-fill (approval → accepted offer); ISO 30414:2018 recruitment, time to fill. No period: no result.
 */
export const timeToFill = defineMetric({
  id: 'time_to_fill',
  kind: 'median',
  unit: 'days',
  direction: 'down',
  role: 'requisitions',
  requires: ['filledDate'],
  needsPeriod: true,
  formula: 'median of (filled date − approved date, or opened date without approvals) over requisitions filled in the period; P90 variant',
  source: 'SHRM time to fill (requisition approved → offer accepted); ISO 30414:2018 recruitment, mobility and turnover',
  appliesTo: (dataset) => dataset.fields.filledDate?.type === 'date' && (dataset.fields.approvedDate?.type === 'date' || dataset.fields.openedDate?.type === 'date'),
  compute(dataset, { period, grouping }) {
    const filled = dataset.fields.filledDate;
    const startField = dataset.fields.approvedDate?.type === 'date' ? 'approvedDate' : 'openedDate';
    const start = dataset.fields[startField];
    if (period === null || filled?.type !== 'date' || start?.type !== 'date') return [];
    const { skip, excluded } = skipMask(dataset, [startField, 'filledDate']);
    const days = new Float64Array(dataset.rowCount).fill(NaN);
    let withoutStart = 0;
    for (let i = 0; i < days.length; i++) {
      if (skip[i] === 1 || !(filled.days[i] >= period.from && filled.days[i] <= period.to)) continue;
      days[i] = filled.days[i] - start.days[i];
      if (Number.isNaN(days[i])) withoutStart++;
    }
    const definition = `time_to_fill.${startField === 'approvedDate' ? 'approved' : 'opened'}-to-filled`;
    const slots = medianTallies(days, grouping);
    const base = { excluded, caveats: withoutStart > 0 ? ['missing-data'] : [] };
    const results: MetricResult[] = [
      { variant: null, ...slots, definition, ...base },
      { variant: 'p90', ...quantileTallies(slots, 0.9), definition: `${definition}.p90`, quantile: 0.9, ...base },
    ];
    return results;
  },
});
