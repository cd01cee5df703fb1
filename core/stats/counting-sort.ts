/**
 * Ascending sort in place by counting (O(n + range), no comparisons), in Float64Array.prototype.sort's order, when the
 * values are whole numbers (other than −0) spanning no more distinct values than there are values, such as day counts or
 * whole-unit salaries; false, leaving the values as they were, otherwise (one pass, stopping at the first other value).
 * @example countingSort(Float64Array.of(3, 1, 2)) // true, values now [1, 2, 3]; countingSort(Float64Array.of(0.5, 1)) // false
 */
export function countingSort(values: Float64Array): boolean {
  if (values.length < 2) return true;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (!Number.isInteger(value) || Object.is(value, -0)) return false;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  if (!(max - min < values.length)) return false;
  const counts = new Int32Array(max - min + 1);
  for (let i = 0; i < values.length; i++) counts[values[i] - min]++;
  for (let offset = 0, k = 0; offset < counts.length; offset++) for (let c = counts[offset]; c > 0; c--) values[k++] = min + offset;
  return true;
}
