import type { Dataset } from '../table/dataset.ts';
import type { FieldId } from '../table/fields.ts';
import { addToSlots } from './add-to-slots.ts';
import { defineMetric } from './metric.ts';
import { rateTally } from './rate-tally.ts';
import { requisitionFills } from './requisition-fills.ts';
import { skipMask } from './skip-mask.ts';
import { splitSlots } from './split-slots.ts';

/** The parts of external recruiting cost a table may give instead of one total (ANSI/SHRM 06001: agency, advertising, referral). */
const externalParts: readonly FieldId[] = ['agencyFee', 'advertisingCost', 'referralBonus'];

/** The cost columns a requisitions table has: its external total, else the external parts, and the internal cost. */
function costFields(dataset: Dataset): FieldId[] {
  const external = dataset.fields.externalCost?.type === 'number' ? ['externalCost' as const] : externalParts.filter((field) => dataset.fields[field]?.type === 'number');
  return dataset.fields.internalCost?.type === 'number' ? [...external, 'internalCost'] : external;
}

/**
 * cost_per_hire = (external + internal recruiting costs) ÷ hires: the costs of the requisitions opened in the period (a
 * requisition's costs are dated by its opening) over the planned hires of the requisitions filled in it (without a filled
 * date, of those opened in it whose status says filled). External cost is the `externalCost` column, or the sum of agency
 * fees, advertising and referral bonuses; internal cost the `internalCost` column; an empty cost cell counts 0. Applies
 * only when a cost column exists. n = hires. Source: ANSI/SHRM 06001.2012 Cost-per-Hire standard; ISO/TS 30407:2017.
 * No period: no result.
 */
export const costPerHire = defineMetric({
  id: 'cost_per_hire',
  kind: 'mean',
  unit: 'currency',
  direction: 'down',
  role: 'requisitions',
  requires: [],
  needsPeriod: true,
  formula: '(external + internal recruiting costs of requisitions opened in the period) ÷ hires made in the period',
  source: 'ANSI/SHRM 06001.2012 Cost-per-Hire; ISO/TS 30407:2017 cost-per-hire',
  appliesTo: (dataset) => costFields(dataset).length > 0 && (dataset.fields.openedDate?.type === 'date' || dataset.fields.approvedDate?.type === 'date'),
  compute(dataset, { period, grouping }) {
    const fields = costFields(dataset);
    if (period === null || fields.length === 0) return [];
    const costs = fields.map((field) => dataset.fields[field]).filter((column) => column?.type === 'number');
    const { planDay, planned, filledDay, basis } = requisitionFills(dataset);
    const { skip, excluded } = skipMask(dataset, ['openedDate', 'approvedDate', 'plannedHires', 'filledDate', ...fields]);
    const slotCount = (grouping === null ? 0 : grouping.labels.length) + 1;
    const spent = new Float64Array(slotCount);
    const hires = new Float64Array(slotCount);
    for (let i = 0; i < dataset.rowCount; i++) {
      if (skip[i] === 1) continue;
      const group = grouping === null ? -1 : grouping.codes[i];
      const openedInPeriod = planDay[i] >= period.from && planDay[i] <= period.to;
      if (openedInPeriod) for (const { values } of costs) if (values[i] > 0) addToSlots(spent, group, values[i]);
      const filledInPeriod = basis === 'filled-date' ? filledDay[i] >= period.from && filledDay[i] <= period.to : openedInPeriod && filledDay[i] === -Infinity;
      if (filledInPeriod) addToSlots(hires, group, planned[i]);
    }
    const slots = splitSlots(slotCount - 1, (slot) => rateTally(spent[slot], hires[slot], hires[slot]));
    return [{ variant: null, ...slots, excluded, definition: `cost_per_hire.ansi-shrm-${fields.includes('internalCost') ? 'external-and-internal' : 'external-only'}`, caveats: [] }];
  },
});
