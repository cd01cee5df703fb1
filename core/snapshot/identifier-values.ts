import type { Dataset } from '../table/dataset.ts';
import { identifierFields } from './identifier-fields.ts';

/**
 * The distinct names and ids a set of datasets holds in identifier fields, so a snapshot can be checked for any of them.
 * Numbers-only values (`1042`) and one-character values are skipped: as words they cannot be told from years, counts or
 * initials in generated text, and they reach a snapshot only through segments, which are handled by field.
 * @example identifierValues([roster]).has('Jane Doe') // true
 */
export function identifierValues(datasets: readonly Dataset[]): Set<string> {
  const values = new Set<string>();
  for (const dataset of datasets) {
    for (const field of identifierFields) {
      const column = dataset.fields[field];
      if (column?.type !== 'category') continue;
      for (const label of column.labels) if (label.length > 1 && !/^[\d\s.,-]+$/.test(label)) values.add(label);
    }
  }
  return values;
}
