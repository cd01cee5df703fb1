import type { Dataset } from '../table/dataset.ts';
import type { FieldId } from '../table/fields.ts';

/** Rows a metric must leave out, and how many. */
export interface SkipMask {
  /** 1 where the row is excluded from every metric or holds an invalid value in one of the fields asked for. */
  skip: Uint8Array;
  /** Number of rows with skip = 1: the `excluded` count the metric reports. */
  excluded: number;
}

/**
 * Rows left out of a metric because the dataset excluded them or a field the metric needs holds an invalid value, so each
 * metric reports exactly the rows it lost and no others (a bad salary does not shrink turnover). Unmapped fields are ignored.
 * Empty dataset: an empty mask, 0 excluded.
 * @example skipMask(dataset, ['hireDate', 'terminationDate']).excluded // rows with rowExcluded or a bad date in either column
 */
export function skipMask(dataset: Dataset, fields: readonly FieldId[]): SkipMask {
  const skip = dataset.rowExcluded.slice();
  for (const field of fields) {
    const column = dataset.fields[field];
    if (column === undefined || column.invalidCount === 0) continue;
    const invalid = column.invalid;
    for (let i = 0; i < skip.length; i++) skip[i] |= invalid[i];
  }
  let excluded = 0;
  for (let i = 0; i < skip.length; i++) excluded += skip[i];
  return { skip, excluded };
}
