import { hideComplements, suppressSmallGroups, type Population } from '../stats/suppress-small-groups.ts';
import type { Evidence } from './evidence.ts';
import type { GroupTally } from './metric.ts';

/** Whether one figure may be shown, and why not. */
export interface Hidden {
  suppressed: boolean;
  reason: Evidence['suppressionReason'];
}

const shown: Hidden = { suppressed: false, reason: null };

/**
 * Which groups' figures to hide (DESIGN.md §6): suppressSmallGroups over the groups' n, and for tallies that carry `sexes`
 * (pay gap, whose figure reveals each sex's pay) also every group with fewer than k men or fewer than k women
 * (`small-sex-group`, unless already small overall). Complementary suppression then runs over all three populations — people,
 * men, women — until none of them lets a hidden group be worked out from its total by subtraction (hideComplements, the
 * rule of suppressSmallGroups), hiding the next smallest visible group of the population at risk. Without `sexes` this is
 * suppressSmallGroups exactly.
 * @example suppressGroups([{ n: 7, sexes: { men: 3, women: 4 } }, …], total, 5)[0] // { suppressed: true, reason: 'small-sex-group' }
 */
export function suppressGroups(groups: readonly Pick<GroupTally, 'n' | 'sexes'>[], total: Pick<GroupTally, 'n' | 'sexes'>, k: number): Hidden[] {
  const people: Population = { sizes: groups.map((tally) => tally.n), total: total.n };
  const hidden: Hidden[] = suppressSmallGroups(people.sizes, { k, total: total.n });
  if (!groups.some((tally) => tally.sexes) && !total.sexes) return hidden;
  const men: Population = { sizes: groups.map((tally) => tally.sexes?.men ?? 0), total: total.sexes?.men ?? 0 };
  const women: Population = { sizes: groups.map((tally) => tally.sexes?.women ?? 0), total: total.sexes?.women ?? 0 };
  groups.forEach((tally, i) => {
    if (hidden[i].reason !== 'small-group' && tally.sexes && (tally.sexes.men < k || tally.sexes.women < k)) hidden[i] = { suppressed: true, reason: 'small-sex-group' };
  });
  hideComplements(hidden, [people, men, women], k);
  return hidden;
}

/**
 * Whether the whole population's figure may be shown: not under k people (`small-group`), nor, for a figure comparing the
 * sexes, under k men or under k women (`small-sex-group`).
 * @example suppressTotal({ n: 12, sexes: { men: 4, women: 8 } }, 5) // { suppressed: true, reason: 'small-sex-group' }
 */
export function suppressTotal(total: Pick<GroupTally, 'n' | 'sexes'>, k: number): Hidden {
  if (total.n < k) return { suppressed: true, reason: 'small-group' };
  if (total.sexes && (total.sexes.men < k || total.sexes.women < k)) return { suppressed: true, reason: 'small-sex-group' };
  return shown;
}
