import { quantile } from './quantile.ts';

/**
 * Middle value of a sample (sorted or not), the robust centre used for pay and tenure where a few high values would drag
 * a mean: the type-7 quantile at p = ½, i.e. the mean of the two middle values for an even count. NaN for an empty sample.
 * @example median([5, 1, 3, 2]) // 2.5
 */
export function median(values: ArrayLike<number>): number {
  return quantile(values, 0.5);
}
