import { searchSorted } from './search-sorted.ts';

/**
 * Type-7 p-quantile of the rest of a pooled sample once a part is taken out, so "R&D's median vs the rest's" costs a few
 * binary searches instead of building and sorting the rest for every segment: both arrays sorted ascending, `sortedPart`
 * a sub-multiset of `sortedAll`. The rest's j-th order statistic is the first pooled value v with
 * #{all ≤ v} − #{part ≤ v} > j; the quantile then interpolates as quantile() does (Hyndman & Fan 1996, type 7).
 * NaN when nothing is left; RangeError when p is outside [0, 1].
 * @example quantileOfRest([1, 2, 3, 4, 5], [2, 5], 0.5) // 3
 */
export function quantileOfRest(sortedAll: ArrayLike<number>, sortedPart: ArrayLike<number>, p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantileOfRest: p must be within [0, 1], got ${p}`);
  const restSize = sortedAll.length - sortedPart.length;
  if (restSize <= 0) return NaN;
  const orderStatistic = (j: number) => {
    let low = 0;
    let high = sortedAll.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const value = sortedAll[middle];
      if (searchSorted(sortedAll, value, 'right') - searchSorted(sortedPart, value, 'right') > j) high = middle;
      else low = middle + 1;
    }
    return sortedAll[low];
  };
  const h = (restSize - 1) * p;
  const below = Math.floor(h);
  const lower = orderStatistic(below);
  return below === h ? lower : lower + (h - below) * (orderStatistic(below + 1) - lower);
}
