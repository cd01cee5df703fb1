import { mannWhitneySorted } from '../stats/mann-whitney-sorted.ts';
import { defineMetric, type GroupTally } from './metric.ts';
import { medianTallies } from './median-tallies.ts';
import { skipMask } from './skip-mask.ts';

/**
 * A leavers' median tally set against the same group's stayers: rest value = the stayers' median, p-value = Mann–Whitney U
 * between the two samples, so the comparison is "who left vs who stayed" rather than "this group's leavers vs other groups'".
 * No leavers or no stayers: the leavers' tally without a test.
 * @example versusStayers(leavers, stayers).restValue // the stayers' median compa-ratio
 */
function versusStayers(leavers: GroupTally, stayers: GroupTally): GroupTally {
  const tally: GroupTally = { ...leavers, restValue: stayers.value, restN: stayers.n };
  const test = leavers.sample && stayers.sample ? mannWhitneySorted(leavers.sample, stayers.sample) : null;
  return test === null ? tally : { ...tally, pValue: test.pValue, test: 'mann-whitney' };
}

/**
 * leaver_compa_ratio = median salary ÷ market midpoint of the people whose termination date falls in the period (only the
 * voluntary ones where a voluntary flag exists: variant `voluntary`), at their last salary, against the same group's people
 * still employed after the period's last day (rest value = their median, Mann–Whitney U between leavers and stayers, rest
 * withheld under k stayers). States "leavers were paid a median X% below market" and how that compares with who stayed, an
 * association only. Rows with an invalid date or pay value are excluded; a non-positive midpoint leaves a person out.
 * n = leavers. Source: WorldatWork compa-ratio (pay ÷ range midpoint); leavers vs stayers as in exit analysis. No period: no result.
 */
export const leaverCompaRatio = defineMetric({
  id: 'leaver_compa_ratio',
  kind: 'median',
  unit: 'ratio',
  direction: 'up',
  requires: ['salary', 'marketMidpoint', 'hireDate', 'terminationDate'],
  needsPeriod: true,
  formula: 'median salary ÷ market midpoint of the period’s (voluntary) leavers, against the same group’s people still employed at its end',
  source: 'WorldatWork, compa-ratio = pay ÷ range (or market) midpoint; leavers against stayers',
  appliesTo: (dataset) =>
    dataset.fields.salary?.type === 'number' &&
    dataset.fields.marketMidpoint?.type === 'number' &&
    dataset.fields.hireDate?.type === 'date' &&
    dataset.fields.terminationDate?.type === 'date',
  compute(dataset, { period, grouping }) {
    const { salary, marketMidpoint, hireDate, terminationDate } = dataset.fields;
    if (period === null || salary?.type !== 'number' || marketMidpoint?.type !== 'number' || hireDate?.type !== 'date' || terminationDate?.type !== 'date') return [];
    const voluntary = dataset.fields.voluntary?.type === 'boolean' ? dataset.fields.voluntary : null;
    const { skip, excluded } = skipMask(dataset, ['salary', 'marketMidpoint', 'hireDate', 'terminationDate']);
    const leavers = new Float64Array(dataset.rowCount).fill(NaN);
    const stayers = new Float64Array(dataset.rowCount).fill(NaN);
    for (let i = 0; i < dataset.rowCount; i++) {
      const ratio = salary.values[i] / marketMidpoint.values[i];
      if (skip[i] === 1 || !(marketMidpoint.values[i] > 0) || Number.isNaN(ratio) || !(hireDate.days[i] <= period.to)) continue;
      const left = terminationDate.days[i];
      if (!(left <= period.to)) stayers[i] = ratio;
      else if (left >= period.from && (voluntary === null || voluntary.values[i] === 1)) leavers[i] = ratio;
    }
    const left = medianTallies(leavers, grouping);
    const stayed = medianTallies(stayers, grouping);
    return [
      {
        variant: voluntary === null ? null : 'voluntary',
        total: versusStayers(left.total, stayed.total),
        groups: left.groups.map((tally, g) => versusStayers(tally, stayed.groups[g])),
        groupsSample: left.groupsSample,
        excluded,
        definition: `leaver_compa_ratio.${voluntary === null ? 'leavers' : 'voluntary-leavers'}-vs-stayers`,
        caveats: [],
      },
    ];
  },
});
