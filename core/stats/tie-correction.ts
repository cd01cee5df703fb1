/**
 * Σ(t³ − t) over the runs of tied values in an ascending sample, the tie term of rank tests' variance: computed once per
 * pooled sample so testing many segments against the rest stays O(n) overall (Hollander & Wolfe, Nonparametric
 * Statistical Methods, the tie-corrected Mann–Whitney variance). 0 for an empty sample or one without ties.
 * @example tieCorrection([1, 2, 2, 2, 3, 5, 5]) // 30 (= 24 + 6)
 */
export function tieCorrection(sorted: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    const ties = j - i;
    sum += ties * ties * ties - ties;
    i = j;
  }
  return sum;
}
