/** Values grouped by bucket and ascending within each: bucket b is `values.subarray(offsets[b], offsets[b + 1])`. */
export interface SortedBuckets {
  values: Float64Array;
  /** bucketCount + 1 start offsets into `values`. */
  offsets: Int32Array;
}

/**
 * Values split by an integer key per row (−1 = left out) and sorted within each key, by one counting pass, one fill and one
 * sort per bucket, so per-group medians and rank tests need no per-row objects and no sort of the whole population.
 * No rows (or all −1): every bucket empty.
 * @example sortedBuckets(Int32Array.of(1, 0, 1, -1), Float64Array.of(5, 7, 2, 9), 2) // values [7, 2, 5], offsets [0, 1, 3]
 */
export function sortedBuckets(keys: Int32Array, values: Float64Array, bucketCount: number): SortedBuckets {
  const offsets = new Int32Array(bucketCount + 1);
  for (let i = 0; i < keys.length; i++) if (keys[i] >= 0) offsets[keys[i] + 1]++;
  for (let b = 0; b < bucketCount; b++) offsets[b + 1] += offsets[b];
  const cursor = offsets.slice(0, bucketCount);
  const sorted = new Float64Array(offsets[bucketCount]);
  for (let i = 0; i < keys.length; i++) if (keys[i] >= 0) sorted[cursor[keys[i]]++] = values[i];
  for (let b = 0; b < bucketCount; b++) sorted.subarray(offsets[b], offsets[b + 1]).sort();
  return { values: sorted, offsets };
}
