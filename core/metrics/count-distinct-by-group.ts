import type { Grouping } from './metric.ts';

/**
 * Number of distinct codes (0 … codeCount − 1; −1 = none) per group in slots 0…G−1 and overall in slot G, in O(rows): rows
 * are visited group by group (a counting sort of row indices) and each code is stamped with the last group it was seen in,
 * so distinct managers per department need no per-group set and no string keys. No rows: all zeros.
 * @example countDistinctByGroup(Int32Array.of(0, 0, 1, 1), 2, { field: 'department', codes: Int32Array.of(0, 0, 0, 1), labels: ['A', 'B'] }) // Float64Array [2, 1, 2]
 */
export function countDistinctByGroup(values: Int32Array, codeCount: number, grouping: Grouping | null): Float64Array {
  const groupCount = grouping === null ? 0 : grouping.labels.length;
  const counts = new Float64Array(groupCount + 1);
  const seen = new Uint8Array(codeCount);
  for (let i = 0; i < values.length; i++) {
    if (values[i] >= 0 && seen[values[i]] === 0) {
      seen[values[i]] = 1;
      counts[groupCount]++;
    }
  }
  if (grouping === null) return counts;
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
