import { t } from '../i18n/index.ts';
import type { CategoryColumn, Dataset } from './dataset.ts';
import type { FieldId } from './fields.ts';

/**
 * A copy of `target` with one more category field looked up in `source` by a shared key — a candidate event's department
 * from its requisition, a training record's department from the roster's employee — so an event table without a
 * department can still be cut by one. Keys match trimmed; a source key's first usable row wins; target rows whose key is
 * missing or unknown get no group (−1). Per distinct key, then one pass over the rows; no input array is written. The new
 * column is headed `(derived from …)` and holds only the labels it uses. Returns `target` unchanged when either key or the
 * field is not a category column of its table.
 * @example withJoinedField(candidates, 'requisitionId', requisitions, 'department').fields.department?.labels // ['Sales', 'R&D', …]
 */
export function withJoinedField(target: Dataset, key: FieldId, source: Dataset, field: FieldId): Dataset {
  const targetKey = target.fields[key];
  const sourceKey = source.fields[key];
  const sourceField = source.fields[field];
  if (targetKey?.type !== 'category' || sourceKey?.type !== 'category' || sourceField?.type !== 'category') return target;
  const valueOfKey = new Map<string, number>();
  for (let i = 0; i < source.rowCount; i++) {
    const k = sourceKey.codes[i];
    const value = sourceField.codes[i];
    if (source.rowExcluded[i] === 1 || k < 0 || value < 0) continue;
    const name = sourceKey.labels[k].trim();
    if (!valueOfKey.has(name)) valueOfKey.set(name, value);
  }
  const newCode = new Int32Array(sourceField.labels.length).fill(-1);
  const labels: string[] = [];
  const codeOfTargetKey = Int32Array.from(targetKey.labels, (label) => {
    const value = valueOfKey.get(label.trim());
    if (value === undefined) return -1;
    if (newCode[value] < 0) newCode[value] = labels.push(sourceField.labels[value]) - 1;
    return newCode[value];
  });
  const codes = new Int32Array(target.rowCount);
  for (let i = 0; i < codes.length; i++) codes[i] = targetKey.codes[i] < 0 ? -1 : codeOfTargetKey[targetKey.codes[i]];
  const header = t('en', 'fieldMap.derivedFrom', { headers: `${sourceField.header} (${source.provenance.fileName ?? source.role})` });
  const column: CategoryColumn = { type: 'category', header, codes, labels, invalid: new Uint8Array(target.rowCount), invalidCount: 0 };
  return { ...target, fields: { ...target.fields, [field]: column } };
}
