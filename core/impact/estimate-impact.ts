import type { Impact } from '../findings/finding.ts';
import type { AssumptionKey, Assumptions } from './assumptions.ts';

/**
 * An Impact range from a formula over some assumptions: base = the formula at every base value; low / high = the smallest and
 * largest result over every combination of the assumptions' low and high ends (2^k corners, exact for the monotone formulas used
 * here, whichever way each assumption pushes). Returns null when any evaluation is not a finite number (e.g. zero employees),
 * so an estimate that cannot be made is never shown as 0.
 * @example estimateImpact('turnover-cost', ['leaverCostShare'], defaultAssumptions, ['e1'], (a) => 10 * 60_000 * a.leaverCostShare)
 * // { low: 126_000, base: 300_000, high: 900_000, … }
 */
export function estimateImpact<K extends AssumptionKey>(
  kind: Impact['kind'],
  keys: readonly K[],
  assumptions: Assumptions,
  evidenceIds: readonly string[],
  formula: (values: Record<K, number>) => number,
): Impact | null {
  const evaluate = (endOf: (bit: number) => 'low' | 'base' | 'high'): number =>
    formula(Object.fromEntries(keys.map((key, bit) => [key, assumptions[key][endOf(bit)]])) as Record<K, number>);
  const base = evaluate(() => 'base');
  const results = [base];
  for (let corner = 0; corner < 2 ** keys.length; corner++) results.push(evaluate((bit) => ((corner >> bit) & 1 ? 'high' : 'low')));
  if (!results.every(Number.isFinite)) return null;
  return {
    id: `${kind}|${evidenceIds.join('+')}`,
    kind,
    low: Math.min(...results),
    base,
    high: Math.max(...results),
    currency: assumptions.currency,
    assumptionKeys: [...keys],
    evidenceIds: [...evidenceIds],
  };
}
