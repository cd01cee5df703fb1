/** Merge of two ascending arrays into a new ascending array. */
function mergeTwo(a: Float64Array, b: Float64Array): Float64Array {
  const merged = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) merged[k++] = a[i] <= b[j] ? a[i++] : b[j++];
  merged.set(a.subarray(i), k);
  merged.set(b.subarray(j), k + a.length - i);
  return merged;
}

/**
 * One ascending array from several ascending ones, merged pairwise in O(n log k), so a total's sample comes from its groups'
 * already sorted samples instead of a fresh O(n log n) sort of the whole population. No runs: an empty array.
 * @example mergeSorted([Float64Array.of(1, 4), Float64Array.of(2, 3), Float64Array.of(0)]) // Float64Array [0, 1, 2, 3, 4]
 */
export function mergeSorted(runs: readonly Float64Array[]): Float64Array {
  let level = runs.filter((run) => run.length > 0);
  if (level.length === 0) return new Float64Array(0);
  while (level.length > 1) {
    const next: Float64Array[] = [];
    for (let r = 0; r < level.length; r += 2) next.push(r + 1 < level.length ? mergeTwo(level[r], level[r + 1]) : level[r]);
    level = next;
  }
  return level[0].slice();
}
