import type { FieldMap } from '../../../core/table/dataset.ts';

/**
 * The user's mapping as overrides: every field inference or the user touched, an empty header keeping a field unmapped on
 * purpose (so inference does not bring it back).
 */
export function overridesFrom(inferred: FieldMap, chosen: FieldMap): FieldMap {
  const fields = new Set([...Object.keys(inferred), ...Object.keys(chosen)]) as Set<keyof FieldMap>;
  return Object.fromEntries([...fields].map((field) => [field, chosen[field] ?? ''])) as FieldMap;
}
