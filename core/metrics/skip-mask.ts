import type { Dataset } from '../table/dataset.ts';
import type { FieldId } from '../table/fields.ts';

/** Rows a metric must leave out, and how many. Shared between metrics (see skipMask): read it, never write to it. */
export interface SkipMask {
  /** 1 where the row is excluded from every metric or holds an invalid value in one of the fields asked for. */
  skip: Uint8Array;
  /** Number of rows with skip = 1: the `excluded` count the metric reports. */
  excluded: number;
}

/** Masks already built, per dataset and per set of fields holding invalid values; datasets are read-only, so none goes stale. */
const masks = new WeakMap<Dataset, Map<string, SkipMask>>();

/**
 * Rows left out of a metric because the dataset excluded them or a field the metric needs holds an invalid value, so each
 * metric reports exactly the rows it lost and no others (a bad salary does not shrink turnover). Unmapped fields are ignored.
 * Built once per dataset and set of fields with invalid values, then shared by every metric asking for the same rows, so a
 * suite of metrics does not rescan the same million-row columns. Empty dataset: an empty mask, 0 excluded.
 * @example skipMask(dataset, ['hireDate', 'terminationDate']).excluded // rows with rowExcluded or a bad date in either column
 */
export function skipMask(dataset: Dataset, fields: readonly FieldId[]): SkipMask {
  const invalidFields = [...new Set(fields)].filter((field) => (dataset.fields[field]?.invalidCount ?? 0) > 0).sort();
  const key = invalidFields.join(',');
  let built = masks.get(dataset);
  if (built === undefined) masks.set(dataset, (built = new Map()));
  const cached = built.get(key);
  if (cached !== undefined) return cached;
  const skip = dataset.rowExcluded.slice();
  for (const field of invalidFields) {
    const invalid = dataset.fields[field]!.invalid;
    for (let i = 0; i < skip.length; i++) skip[i] |= invalid[i];
  }
  let excluded = 0;
  for (let i = 0; i < skip.length; i++) excluded += skip[i];
  const mask = { skip, excluded };
  built.set(key, mask);
  return mask;
}
