/**
 * Insertion index of a value in an ascending array by binary search, to count values below or up to x without a scan
 * (numpy's searchsorted): 'left' gives the first index whose value is ≥ x (the count of values < x), 'right' the first
 * whose value is > x (the count of values ≤ x). 0 for an empty array.
 * @example searchSorted([1, 2, 2, 3], 2, 'right') // 3
 */
export function searchSorted(sorted: ArrayLike<number>, value: number, side: 'left' | 'right' = 'left'): number {
  const inclusive = side === 'right';
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const here = sorted[middle];
    if (here < value || (inclusive && here === value)) low = middle + 1;
    else high = middle;
  }
  return low;
}
