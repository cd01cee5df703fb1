import { defineMetric } from './metric.ts';
import { addToSlots, emptySlots } from './add-to-slots.ts';
import { isActiveOn } from './is-active-on.ts';
import { rateTally } from './rate-tally.ts';
import { skipMask } from './skip-mask.ts';
import { splitSlots } from './split-slots.ts';

/**
 * retention_rate = people active on the period's first day and still active on its last day ÷ people active on the first
 * day (active as in isActiveOn; hires during the period are in neither count). Source: ISO 30414:2018 retention rate
 * (organisational culture area), ISO/TS 30421 turnover and retention. No period: no result.
 */
export const retentionRate = defineMetric({
  id: 'retention_rate',
  kind: 'rate',
  unit: 'ratio',
  direction: 'up',
  requires: ['hireDate', 'terminationDate'],
  needsPeriod: true,
  formula: 'people active on the first day and still active on the last day ÷ people active on the first day',
  source: 'ISO 30414:2018 retention rate; ISO/TS 30421 turnover and retention',
  appliesTo: (dataset) => dataset.fields.hireDate?.type === 'date' && dataset.fields.terminationDate?.type === 'date',
  compute(dataset, { period, grouping }) {
    const hire = dataset.fields.hireDate;
    const termination = dataset.fields.terminationDate;
    if (period === null || hire?.type !== 'date' || termination?.type !== 'date') return [];
    const { skip, excluded } = skipMask(dataset, ['hireDate', 'terminationDate']);
    // Counted straight into slots in the one pass, without two per-row flag arrays and a countByGroup pass each (1M-row
    // bench dataset, evaluateMetric min of 9 warm calls: 22.1 → 13.1 ms).
    const codes = grouping === null ? null : grouping.codes;
    const started = emptySlots(grouping);
    const retained = emptySlots(grouping);
    for (let i = 0; i < dataset.rowCount; i++) {
      if (skip[i] === 1 || !isActiveOn(hire.days[i], termination.days[i], period.from)) continue;
      const group = codes === null ? -1 : codes[i];
      addToSlots(started, group, 1);
      if (isActiveOn(hire.days[i], termination.days[i], period.to)) addToSlots(retained, group, 1);
    }
    const slots = splitSlots(started.length - 1, (slot) => rateTally(retained[slot], started[slot], started[slot]));
    return [{ variant: null, ...slots, excluded, definition: 'retention_rate.present-at-start-and-end', caveats: [] }];
  },
});
