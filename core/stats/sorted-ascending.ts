/**
 * The values in ascending order, without copying when they already are (one O(n) check), so samples that metrics hand over
 * sorted are not sorted again for every median, interval and rank test. Otherwise a sorted Float64Array copy; the input is
 * never modified. Values should be finite (NaN defeats the check). An empty input is returned as is.
 * @example sortedAscending([3, 1, 2]) // Float64Array [1, 2, 3]
 */
export function sortedAscending<T extends ArrayLike<number>>(values: T): T | Float64Array {
  for (let i = 1; i < values.length; i++) if (values[i - 1] > values[i]) return Float64Array.from(values).sort();
  return values;
}
