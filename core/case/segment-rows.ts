import type { Dataset } from '../table/dataset.ts';
import { segmentColumn } from '../table/segment-column.ts';

/**
 * Whether a row counts for a segment (every row not excluded when the segment is null), the one membership test the impact
 * estimators share; null when the dataset has no such segment value, so the caller falls back instead of counting nobody.
 * @example segmentRows(roster, { field: 'department', value: 'R&D' })?.(0) // true when row 0 is an R&D person
 */
export function segmentRows(dataset: Dataset, segment: { field: string; value: string } | null): ((row: number) => boolean) | null {
  if (!segment) return (row) => dataset.rowExcluded[row] !== 1;
  const column = segmentColumn(dataset, segment.field);
  const code = column.labels.indexOf(segment.value);
  return code < 0 ? null : (row) => dataset.rowExcluded[row] !== 1 && column.codes[row] === code;
}
