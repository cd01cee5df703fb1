import { defineMetric } from './metric.ts';
import { medianTallies } from './median-tallies.ts';
import { skipMask } from './skip-mask.ts';

/**
 * approval_cycle_time = median calendar days from a request to its approval, over requests approved in the period (by
 * department, or by request type with `--by approvalType`). Requests made in the period and still pending on the as-of day
 * are left out with `right-censored`. A cooperation metric: how fast a department's approvers act. n = requests. Source:
 * process cycle time (APQC process benchmarks: request-to-approval cycle time); DESIGN.md §4 cooperation_sla. No period:
 * no result.
 */
export const approvalCycleTime = defineMetric({
  id: 'approval_cycle_time',
  kind: 'median',
  unit: 'days',
  direction: 'down',
  role: 'approvals',
  requires: ['requestedDate', 'approvedDate'],
  needsPeriod: true,
  formula: 'median of (approved date − requested date) in days over requests approved in the period',
  source: 'APQC process cycle time (request → approval); DESIGN.md §4 cooperation metrics',
  appliesTo: (dataset) => dataset.fields.requestedDate?.type === 'date' && dataset.fields.approvedDate?.type === 'date',
  compute(dataset, { period, grouping }) {
    const requested = dataset.fields.requestedDate;
    const approved = dataset.fields.approvedDate;
    if (period === null || requested?.type !== 'date' || approved?.type !== 'date') return [];
    const { skip, excluded } = skipMask(dataset, ['requestedDate', 'approvedDate']);
    const days = new Float64Array(dataset.rowCount).fill(NaN);
    let pending = 0;
    for (let i = 0; i < days.length; i++) {
      if (skip[i] === 1) continue;
      if (Number.isNaN(approved.days[i])) {
        if (requested.days[i] >= period.from && requested.days[i] <= period.to) pending++;
        continue;
      }
      if (approved.days[i] >= period.from && approved.days[i] <= period.to) days[i] = approved.days[i] - requested.days[i];
    }
    const slots = medianTallies(days, grouping);
    return [{ variant: null, ...slots, excluded, definition: 'approval_cycle_time.requested-to-approved', caveats: pending > 0 ? ['right-censored'] : [] }];
  },
});
