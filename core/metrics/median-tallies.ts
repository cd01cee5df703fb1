import { median } from '../stats/median.ts';
import type { Grouping, MetricResult } from './metric.ts';
import { mergeSorted } from './merge-sorted.ts';
import { sortedGroupSamples } from './sorted-buckets.ts';

/**
 * Median tallies of a per-row value (NaN = not in the sample) for the whole population and each group: value = median,
 * n = sample size, `sample` = the values ascending (the evidence layer's CI and rank test read it); numerator and
 * denominator NaN (a median has neither). Groups are sorted separately and merged into the total, so nothing is sorted twice.
 * A positive `divisor` turns the sorted values into the reported unit (tenure's whole days into years), so whole-number
 * inputs can be sorted by counting. Empty sample: value NaN, n 0.
 * @example medianTallies(Float64Array.of(1, 3, NaN, 2), null).total.value // 2
 */
export function medianTallies(perRow: Float64Array, grouping: Grouping | null, divisor = 1): Pick<MetricResult, 'total' | 'groups'> {
  const groupCount = grouping === null ? 0 : grouping.labels.length;
  const { values, offsets } = sortedGroupSamples(grouping === null ? null : grouping.codes, perRow, groupCount);
  if (divisor !== 1) for (let i = 0; i < values.length; i++) values[i] /= divisor;
  const samples: Float64Array[] = [];
  for (let b = 0; b <= groupCount; b++) samples.push(values.subarray(offsets[b], offsets[b + 1]));
  const tally = (sample: Float64Array) => ({ numerator: NaN, denominator: NaN, n: sample.length, value: median(sample), sample });
  return { total: tally(groupCount === 0 ? samples[0] : mergeSorted(samples)), groups: samples.slice(0, groupCount).map(tally) };
}
