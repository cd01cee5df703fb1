import { sortDoubles } from '../stats/sort-doubles.ts';

/** Values grouped by bucket and ascending within each: bucket b is `values.subarray(offsets[b], offsets[b + 1])`. */
export interface SortedBuckets {
  values: Float64Array;
  /** bucketCount + 1 start offsets into `values`. */
  offsets: Int32Array;
}

/**
 * Ascending sort in place, in Float64Array.prototype.sort's order: whole numbers (other than −0) spanning no more distinct
 * values than there are values, such as day counts, by a counting sort (O(n), no comparisons); anything else by sortDoubles.
 * @example sortInPlace(Float64Array.of(3, 1, 2)) // Float64Array [1, 2, 3], counted
 */
function sortInPlace(values: Float64Array): void {
  if (values.length < 2) return;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (!Number.isInteger(value) || Object.is(value, -0)) {
      sortDoubles(values);
      return;
    }
    if (value < min) min = value;
    if (value > max) max = value;
  }
  if (!(max - min < values.length)) {
    sortDoubles(values);
    return;
  }
  const counts = new Int32Array(max - min + 1);
  for (let i = 0; i < values.length; i++) counts[values[i] - min]++;
  for (let offset = 0, k = 0; offset < counts.length; offset++) for (let c = counts[offset]; c > 0; c--) values[k++] = min + offset;
}

/**
 * Values split by an integer key per row (−1 = left out) and sorted within each key, by one counting pass, one fill and one
 * sort per bucket (a counting sort where the bucket holds compact whole numbers), so per-group medians and rank tests need
 * no per-row objects and no sort of the whole population. No rows (or all −1): every bucket empty.
 * @example sortedBuckets(Int32Array.of(1, 0, 1, -1), Float64Array.of(5, 7, 2, 9), 2) // values [7, 2, 5], offsets [0, 1, 3]
 */
export function sortedBuckets(keys: Int32Array, values: Float64Array, bucketCount: number): SortedBuckets {
  const offsets = new Int32Array(bucketCount + 1);
  for (let i = 0; i < keys.length; i++) if (keys[i] >= 0) offsets[keys[i] + 1]++;
  for (let b = 0; b < bucketCount; b++) offsets[b + 1] += offsets[b];
  const cursor = offsets.slice(0, bucketCount);
  const sorted = new Float64Array(offsets[bucketCount]);
  for (let i = 0; i < keys.length; i++) if (keys[i] >= 0) sorted[cursor[keys[i]]++] = values[i];
  for (let b = 0; b < bucketCount; b++) sortInPlace(sorted.subarray(offsets[b], offsets[b + 1]));
  return { values: sorted, offsets };
}
