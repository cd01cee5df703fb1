import { normalCdf } from '../stats/normal-cdf.ts';

const EXACT_MAX_N = 9;

/**
 * Spearman rank correlation with a two-sided p-value, for an association across a handful of departments where Pearson's r
 * would follow one outlier: rho = Pearson's r of the mid-ranks (ties averaged). For n ≤ 9 the p-value is exact, the share of all n!
 * pairings at least as extreme; above, the normal approximation z = rho·√(n−1) (Kendall & Gibbons 1990, Rank Correlation Methods).
 * Fewer than 3 pairs, or a side with no variation: rho NaN, p-value null.
 * @example spearmanTest([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]) // { rho: 0.8, pValue: 0.1333 }
 */
export function spearmanTest(x: readonly number[], y: readonly number[]): { rho: number; pValue: number | null } {
  const n = Math.min(x.length, y.length);
  const rx = centred(midRanks(x.slice(0, n)));
  const ry = centred(midRanks(y.slice(0, n)));
  const norm = Math.sqrt(dot(rx, rx) * dot(ry, ry));
  if (n < 3 || norm === 0) return { rho: NaN, pValue: null };
  const observed = dot(rx, ry);
  const rho = observed / norm;
  if (n > EXACT_MAX_N) return { rho, pValue: Math.min(1, 2 * normalCdf(-Math.abs(rho) * Math.sqrt(n - 1))) };
  return { rho, pValue: permutationShare(rx, ry, Math.abs(observed) - 1e-9 * norm) };
}

function midRanks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1].value === order[start].value) end++;
    for (let k = start; k <= end; k++) ranks[order[k].index] = (start + end) / 2 + 1;
    start = end + 1;
  }
  return ranks;
}

function centred(values: number[]): number[] {
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  return values.map((v) => v - mean);
}

function dot(a: readonly number[], b: readonly number[]): number {
  return a.reduce((sum, v, i) => sum + v * b[i], 0);
}

/** Share of the permutations of `b` (Heap's algorithm, iterative) whose |Σ aᵢ·b_π(i)| reaches `atLeast`. */
function permutationShare(a: readonly number[], b: readonly number[], atLeast: number): number {
  const p = b.slice();
  const c = new Array<number>(p.length).fill(0);
  let total = 1;
  let extreme = Math.abs(dot(a, p)) >= atLeast ? 1 : 0;
  for (let i = 1; i < p.length; ) {
    if (c[i] < i) {
      const j = i % 2 === 0 ? 0 : c[i];
      [p[j], p[i]] = [p[i], p[j]];
      total++;
      if (Math.abs(dot(a, p)) >= atLeast) extreme++;
      c[i]++;
      i = 1;
    } else {
      c[i] = 0;
      i++;
    }
  }
  return extreme / total;
}
