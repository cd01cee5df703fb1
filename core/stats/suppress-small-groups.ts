/** Whether one group's figures may be shown, and why not. */
export interface Suppression {
  suppressed: boolean;
  reason: 'small-group' | 'complementary' | null;
}

/**
 * Which groups' figures to hide so no one can read a figure about fewer than k people (DESIGN.md §6): every group with
 * n < k (k = 5 by default as in Lattice and Microsoft Viva Insights; configurable upwards, never below 3), then
 * complementary suppression (Lattice likewise hides the next smallest group): while the hidden figures could be recovered
 * from the published total by subtraction — exactly one hidden group and nothing else behind total − visible, or
 * total − visible holding between 1 and k − 1 people — also hide the next smallest visible group (ties: the first). `total` is the population the groups
 * belong to (default Σ counts; larger when some rows have no group, which then also count in total − visible).
 * Groups of 0 people are marked small-group but hide nothing. An empty list gives an empty list; RangeError for k < 3.
 * @example suppressSmallGroups([2, 10, 20]).map((s) => s.reason) // ['small-group', 'complementary', null]
 */
export function suppressSmallGroups(counts: ArrayLike<number>, options: { k?: number; total?: number } = {}): Suppression[] {
  const k = options.k ?? 5;
  if (!(k >= 3)) throw new RangeError(`Minimum group size k must be at least 3 (got ${k}): smaller groups identify people`);
  const sizes = Array.from(counts);
  const result: Suppression[] = sizes.map((n) => (n < k ? { suppressed: true, reason: 'small-group' } : { suppressed: false, reason: null }));
  const total = options.total ?? sizes.reduce((sum, n) => sum + n, 0);
  for (;;) {
    const visible = sizes.filter((_, i) => !result[i].suppressed).reduce((sum, n) => sum + n, 0);
    const hidden = sizes.filter((n, i) => result[i].suppressed && n > 0);
    const residual = total - visible;
    const recoverable = (residual > 0 && residual < k) || (hidden.length === 1 && residual === hidden[0]);
    if (!recoverable) break;
    let next = -1;
    sizes.forEach((n, i) => {
      if (!result[i].suppressed && (next === -1 || n < sizes[next])) next = i;
    });
    if (next === -1) break;
    result[next] = { suppressed: true, reason: 'complementary' };
  }
  return result;
}
