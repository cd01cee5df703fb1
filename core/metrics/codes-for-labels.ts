import type { CategoryColumn } from '../table/dataset.ts';

/**
 * Each row of another table's category column as an index into `labels` (−1 when its label is not there), matching labels
 * trimmed and case-insensitively, so the roster's `R&D` rows line up with a business table's `r&d ` group when a metric
 * reads two tables. Per-label lookup, then one pass over the codes. Empty column: an empty array.
 * @example codesForLabels({ type: 'category', codes: Int32Array.of(0, 1), labels: ['Sales', 'HR'], … }, ['sales']) // Int32Array [0, -1]
 */
export function codesForLabels(column: CategoryColumn, labels: readonly string[]): Int32Array {
  const fold = (label: string) => label.trim().toLowerCase();
  const index = new Map(labels.map((label, i) => [fold(label), i]));
  const mapped = Int32Array.from(column.labels, (label) => index.get(fold(label)) ?? -1);
  const codes = new Int32Array(column.codes.length);
  for (let i = 0; i < codes.length; i++) codes[i] = column.codes[i] < 0 ? -1 : mapped[column.codes[i]];
  return codes;
}
