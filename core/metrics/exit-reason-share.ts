import { addToSlots } from './add-to-slots.ts';
import { defineMetric } from './metric.ts';
import { rateTally } from './rate-tally.ts';
import { skipMask } from './skip-mask.ts';
import { splitSlots } from './split-slots.ts';

/** A reason given by at least a tenth of the company's voluntary leavers gets its own result; rarer ones would split leavers into groups too small to compare. */
const MIN_COMPANY_SHARE = 0.1;

/**
 * Reason codes given by at least MIN_COMPANY_SHARE of the leavers with a reason, most cited first (ties by label), so the
 * evidence names the reasons that matter and no others. No leavers: none.
 * @example topReasons(Float64Array.of(6, 1, 3), 10, ['Pay', 'Personal', 'Career path']) // [0, 2]
 */
function topReasons(counts: Float64Array, given: number, labels: readonly string[]): number[] {
  return Array.from(counts.keys())
    .filter((reason) => given > 0 && counts[reason] / given >= MIN_COMPANY_SHARE)
    .sort((a, b) => counts[b] - counts[a] || labels[a].localeCompare(labels[b]));
}

/**
 * exit_reason_share = voluntary leavers in the period (termination date within it, voluntary flag set) citing a reason ÷
 * voluntary leavers in the period who gave one; one result per reason cited by at least 10% of all the company's voluntary
 * leavers in the table (whatever the period, so every period reports the same reasons and they compare over time), its
 * variant the reason as written in the data ("Career path"), so "half of R&D's voluntary leavers cite career path" is
 * evidence with a test against the rest. Involuntary exits are left out: a dismissal's reason is the employer's, not
 * the leaver's. Leavers without a reason are left out of both sides (caveat `missing-data`). Neutral: reasons are shares of
 * one whole, none is good or bad in itself. n = voluntary leavers with a reason. Source: exit-interview reason analysis
 * (SHRM, "Exit interviews"; ISO 30414:2018 turnover reasons). No period: no result.
 */
export const exitReasonShare = defineMetric({
  id: 'exit_reason_share',
  kind: 'rate',
  unit: 'ratio',
  direction: 'neutral',
  requires: ['terminationDate', 'terminationReason', 'voluntary'],
  needsPeriod: true,
  formula: 'voluntary leavers in the period citing the reason ÷ voluntary leavers in the period who gave a reason',
  source: 'SHRM, exit interviews (reasons for leaving); ISO 30414:2018 turnover by reason',
  appliesTo: (dataset) =>
    dataset.fields.terminationDate?.type === 'date' && dataset.fields.terminationReason?.type === 'category' && dataset.fields.voluntary?.type === 'boolean',
  compute(dataset, { period, grouping }) {
    const { terminationDate, terminationReason, voluntary } = dataset.fields;
    if (period === null || terminationDate?.type !== 'date' || terminationReason?.type !== 'category' || voluntary?.type !== 'boolean') return [];
    const { skip, excluded } = skipMask(dataset, ['terminationDate', 'terminationReason', 'voluntary']);
    const groupCount = grouping === null ? 0 : grouping.labels.length;
    const slotCount = groupCount + 1;
    const cited = terminationReason.labels.map(() => new Float64Array(slotCount));
    const given = new Float64Array(slotCount);
    const everCited = new Float64Array(terminationReason.labels.length);
    let everGiven = 0;
    let withoutReason = 0;
    for (let i = 0; i < dataset.rowCount; i++) {
      const left = terminationDate.days[i];
      const reason = terminationReason.codes[i];
      if (skip[i] === 1 || voluntary.values[i] !== 1 || Number.isNaN(left)) continue;
      if (reason >= 0) {
        everCited[reason]++;
        everGiven++;
      }
      if (!(left >= period.from && left <= period.to)) continue;
      if (reason < 0) {
        withoutReason++;
        continue;
      }
      const group = grouping === null ? -1 : grouping.codes[i];
      addToSlots(given, group, 1);
      addToSlots(cited[reason], group, 1);
    }
    return topReasons(everCited, everGiven, terminationReason.labels).map((reason) => ({
      variant: terminationReason.labels[reason],
      ...splitSlots(groupCount, (slot) => rateTally(cited[reason][slot], given[slot], given[slot])),
      excluded,
      definition: 'exit_reason_share.voluntary-leavers-with-a-reason',
      caveats: withoutReason > 0 ? ['missing-data'] : [],
    }));
  },
});
