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
  hideComplements(result, [{ sizes, total: options.total ?? sizes.reduce((sum, n) => sum + n, 0) }], k);
  return result;
}

/** One population's group sizes and its total (larger than Σ sizes when some rows have no group). */
export interface Population {
  sizes: readonly number[];
  total: number;
}

/** Whether a hidden group's figure of the population could be worked out from its total by subtraction. */
function recoverable({ sizes, total }: Population, hidden: readonly { suppressed: boolean }[], k: number): boolean {
  const visible = sizes.reduce((sum, n, i) => (hidden[i].suppressed ? sum : sum + n), 0);
  const hiddenSizes = sizes.filter((n, i) => hidden[i].suppressed && n > 0);
  const residual = total - visible;
  return (residual > 0 && residual < k) || (hiddenSizes.length === 1 && residual === hiddenSizes[0]);
}

/** The visible group with the fewest people (ties: the first), -1 when none is left. */
function smallestVisible(sizes: readonly number[], hidden: readonly { suppressed: boolean }[]): number {
  let next = -1;
  sizes.forEach((n, i) => {
    if (!hidden[i].suppressed && (next === -1 || n < sizes[next])) next = i;
  });
  return next;
}

/**
 * Complementary suppression in place, over one or more populations of the same groups (people; men and women for a figure
 * comparing the sexes): while one of them lets a hidden figure be recovered from its total — exactly one hidden group and
 * nothing else behind total − visible, or total − visible holding between 1 and k − 1 people — hide the next smallest visible
 * group of that population as `complementary`.
 * @example hideComplements(hidden, [{ sizes: [2, 10, 20], total: 32 }], 5) // with group 0 hidden, group 1 becomes complementary
 */
export function hideComplements(hidden: { suppressed: boolean; reason: string | null }[], populations: readonly Population[], k: number): void {
  for (;;) {
    const atRisk = populations.find((population) => recoverable(population, hidden, k) && smallestVisible(population.sizes, hidden) !== -1);
    if (!atRisk) return;
    hidden[smallestVisible(atRisk.sizes, hidden)] = { suppressed: true, reason: 'complementary' };
  }
}
