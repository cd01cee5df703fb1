import { mannWhitneyFromRankSum, type MannWhitneyResult } from './mann-whitney-vs-rest.ts';

/**
 * Mann–Whitney U test of sorted sample a against sorted sample b without building their merged pool, so comparing two
 * already sorted groups (men's and women's pay) costs one side-by-side walk instead of a merge plus a walk: ranks and the
 * tie term Σ(t³ − t) are read off both arrays in one pass over their distinct values in ascending order, giving exactly
 * mannWhitneyVsRest(merge of a and b, a). Both arrays sorted ascending. Null when either is empty.
 * @example mannWhitneySorted([1, 2], [3, 4]) // { u: 0, z: -1.1619, pValue: 0.2453 }
 */
export function mannWhitneySorted(sortedA: ArrayLike<number>, sortedB: ArrayLike<number>): MannWhitneyResult | null {
  const n1 = sortedA.length;
  const n2 = sortedB.length;
  if (n1 === 0 || n2 === 0) return null;
  let rankSum = 0;
  let tieSum = 0;
  // Every value below the current one has been passed in both arrays: i + j of them; the runs of it end at endA and endB.
  for (let i = 0, j = 0; i < n1 || j < n2; ) {
    const value = j === n2 || (i < n1 && sortedA[i] <= sortedB[j]) ? sortedA[i] : sortedB[j];
    let endA = i;
    while (endA < n1 && sortedA[endA] === value) endA++;
    let endB = j;
    while (endB < n2 && sortedB[endB] === value) endB++;
    const ties = endA - i + (endB - j);
    tieSum += ties * ties * ties - ties;
    if (endA > i) rankSum += (endA - i) * ((i + j + 1 + endA + endB) / 2);
    i = endA;
    j = endB;
  }
  return mannWhitneyFromRankSum(rankSum, n1, n2, tieSum);
}
