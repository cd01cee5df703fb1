import type { Grouping } from './metric.ts';

/** Slots (groups + the rows without one) that fit one bit each in a code's 32-bit mask. */
const MASK_SLOTS = 32;

/**
 * Number of distinct codes (0 … codeCount − 1; −1 = none) per group in slots 0…G−1 and overall in slot G, in O(rows), with
 * no per-group set and no string keys (distinct managers per department). No rows: all zeros.
 * @example countDistinctByGroup(Int32Array.of(0, 0, 1, 1), 2, { field: 'department', codes: Int32Array.of(0, 0, 0, 1), labels: ['A', 'B'] }) // Float64Array [2, 1, 2]
 */
export function countDistinctByGroup(values: Int32Array, codeCount: number, grouping: Grouping | null): Float64Array {
  const groupCount = grouping === null ? 0 : grouping.labels.length;
  return groupCount + 1 <= MASK_SLOTS ? countBySlotMasks(values, codeCount, grouping, groupCount) : countByGroupRuns(values, codeCount, grouping!, groupCount);
}

/**
 * Up to 32 slots: one pass marking each code with a bit per slot it was seen in, a slot's count rising with each new bit and
 * the overall count with each code's first. Justified by the 1M-row bench's distinct managers per department (8 groups,
 * 125k managers): 20.6 → 7.6 ms, min of 7 warm calls, against countByGroupRuns' three passes and gather.
 */
function countBySlotMasks(values: Int32Array, codeCount: number, grouping: Grouping | null, groupCount: number): Float64Array {
  const counts = new Float64Array(groupCount + 1);
  const slotsOf = new Int32Array(codeCount);
  for (let i = 0; i < values.length; i++) {
    const code = values[i];
    if (code < 0) continue;
    const group = grouping === null ? -1 : grouping.codes[i];
    const bit = 1 << (group >= 0 ? group : groupCount);
    const seen = slotsOf[code];
    if ((seen & bit) !== 0) continue;
    if (seen === 0) counts[groupCount]++;
    if (group >= 0) counts[group]++;
    slotsOf[code] = seen | bit;
  }
  return counts;
}

/**
 * Any number of groups: rows are visited group by group (a counting sort of row indices) and each code is stamped with the
 * last group it was seen in; the overall count from a first pass marking codes seen.
 */
function countByGroupRuns(values: Int32Array, codeCount: number, grouping: Grouping, groupCount: number): Float64Array {
  const counts = new Float64Array(groupCount + 1);
  const seen = new Uint8Array(codeCount);
  for (let i = 0; i < values.length; i++) {
    if (values[i] >= 0 && seen[values[i]] === 0) {
      seen[values[i]] = 1;
      counts[groupCount]++;
    }
  }
  const starts = new Int32Array(groupCount + 1);
  for (let i = 0; i < values.length; i++) if (values[i] >= 0 && grouping.codes[i] >= 0) starts[grouping.codes[i] + 1]++;
  for (let g = 0; g < groupCount; g++) starts[g + 1] += starts[g];
  const cursor = starts.slice(0, groupCount);
  const rows = new Int32Array(starts[groupCount]);
  for (let i = 0; i < values.length; i++) if (values[i] >= 0 && grouping.codes[i] >= 0) rows[cursor[grouping.codes[i]]++] = i;
  const lastGroup = new Int32Array(codeCount).fill(-1);
  for (let g = 0; g < groupCount; g++) {
    for (let r = starts[g]; r < starts[g + 1]; r++) {
      const code = values[rows[r]];
      if (lastGroup[code] !== g) {
        lastGroup[code] = g;
        counts[g]++;
      }
    }
  }
  return counts;
}
