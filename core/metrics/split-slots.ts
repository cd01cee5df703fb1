import type { GroupTally, MetricResult } from './metric.ts';

/**
 * The whole-population tally and one per group from per-slot accumulators, where slots 0…G−1 are the groups and slot G the
 * whole population: the layout every metric's single pass fills, so one loop over the rows serves the total and all groups.
 * No grouping (G = 0): only the total.
 * @example splitSlots(2, (slot) => rateTally(num[slot], den[slot], den[slot])).groups.length // 2
 */
export function splitSlots(groupCount: number, tallyOf: (slot: number) => GroupTally): Pick<MetricResult, 'total' | 'groups'> {
  const groups: GroupTally[] = [];
  for (let slot = 0; slot < groupCount; slot++) groups.push(tallyOf(slot));
  return { total: tallyOf(groupCount), groups };
}
