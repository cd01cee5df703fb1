import { addToSlots } from './add-to-slots.ts';
import { defineMetric } from './metric.ts';
import { rateTally } from './rate-tally.ts';
import { requisitionFills } from './requisition-fills.ts';
import { skipMask } from './skip-mask.ts';
import { splitSlots } from './split-slots.ts';

/**
 * hiring_plan_completion = hires made ÷ hires planned, over the requisitions opened in the period (approved, without an
 * opening date): planned = each requisition's planned hires (1 when not stated); made = the planned hires of those filled by
 * the period's end (`hiring_plan_completion.filled-by-period-end`), or, without a filled date, of those whose status says
 * filled (`.status-filled`). Cancelled requisitions stay in the plan: a cancelled hire is a plan not delivered. n = planned
 * hires. Source: the hiring-plan attainment used in workforce planning (SHRM; ISO 30414:2018 workforce availability).
 * No period: no result.
 */
export const hiringPlanCompletion = defineMetric({
  id: 'hiring_plan_completion',
  kind: 'rate',
  unit: 'ratio',
  direction: 'up',
  role: 'requisitions',
  requires: [],
  needsPeriod: true,
  formula: 'planned hires of requisitions filled by the period’s end ÷ planned hires of requisitions opened in the period',
  source: 'hiring plan attainment (SHRM workforce planning); ISO 30414:2018 workforce availability',
  appliesTo: (dataset) =>
    (dataset.fields.openedDate?.type === 'date' || dataset.fields.approvedDate?.type === 'date') &&
    (dataset.fields.filledDate?.type === 'date' || dataset.fields.requisitionStatus?.type === 'category'),
  compute(dataset, { period, grouping }) {
    if (period === null) return [];
    const { planDay, planned, filledDay, basis } = requisitionFills(dataset);
    const { skip, excluded } = skipMask(dataset, ['openedDate', 'approvedDate', 'plannedHires', 'filledDate']);
    const slotCount = (grouping === null ? 0 : grouping.labels.length) + 1;
    const plan = new Float64Array(slotCount);
    const made = new Float64Array(slotCount);
    for (let i = 0; i < dataset.rowCount; i++) {
      if (skip[i] === 1 || !(planDay[i] >= period.from && planDay[i] <= period.to)) continue;
      const group = grouping === null ? -1 : grouping.codes[i];
      addToSlots(plan, group, planned[i]);
      if (filledDay[i] <= period.to) addToSlots(made, group, planned[i]);
    }
    const slots = splitSlots(slotCount - 1, (slot) => rateTally(made[slot], plan[slot], plan[slot]));
    return [{ variant: null, ...slots, excluded, definition: `hiring_plan_completion.${basis === 'filled-date' ? 'filled-by-period-end' : 'status-filled'}`, caveats: [] }];
  },
});
