import { benjaminiHochberg } from '../stats/benjamini-hochberg.ts';

/**
 * Benjamini–Hochberg q-values within families of tests (one family per metric + variant, as the evidence layer corrects across the
 * segments scanned for a metric), returned in input order; null p-values stay null. An empty list gives an empty list.
 * @example adjustByFamily([0.01, 0.04, 0.03], ['a', 'a', 'b']) // [0.02, 0.04, 0.03]
 */
export function adjustByFamily(pValues: readonly (number | null)[], families: readonly string[]): (number | null)[] {
  const q = new Array<number | null>(pValues.length).fill(null);
  const members = new Map<string, number[]>();
  families.forEach((family, index) => members.set(family, [...(members.get(family) ?? []), index]));
  for (const indexes of members.values()) {
    const adjusted = benjaminiHochberg(indexes.map((index) => pValues[index]));
    indexes.forEach((index, k) => (q[index] = adjusted[k]));
  }
  return q;
}
