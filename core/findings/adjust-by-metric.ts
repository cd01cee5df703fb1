import type { Evidence } from '../metrics/evidence.ts';
import { benjaminiHochberg } from '../stats/benjamini-hochberg.ts';

/**
 * Benjamini–Hochberg q-values within each metric + variant (one family per metric, as the evidence layer corrects across the
 * segments scanned for a metric), returned in input order; null p-values stay null. An empty list gives an empty list.
 * @example adjustByMetric([{ item: rdTurnover, pValue: 0.01 }, { item: salesTurnover, pValue: 0.04 }]) // [0.02, 0.04]
 */
export function adjustByMetric(tests: readonly { item: Evidence; pValue: number | null }[]): (number | null)[] {
  const q = new Array<number | null>(tests.length).fill(null);
  const families = new Map<string, number[]>();
  tests.forEach(({ item }, index) => {
    const family = JSON.stringify([item.metric, item.variant]);
    families.set(family, [...(families.get(family) ?? []), index]);
  });
  for (const indexes of families.values()) {
    const adjusted = benjaminiHochberg(indexes.map((index) => tests[index].pValue));
    indexes.forEach((index, k) => (q[index] = adjusted[k]));
  }
  return q;
}
