import { t } from '../i18n/index.ts';
import type { CategoryColumn, Dataset } from './dataset.ts';
import type { FieldId } from './fields.ts';
import { normalizeHeader } from './normalize-header.ts';
import type { RawColumn } from './raw-table.ts';
import { fieldSpecs } from './role-fields.ts';
import { toCategoryColumn } from './to-category-column.ts';

function isCanonicalField(name: string): name is FieldId {
  return Object.hasOwn(fieldSpecs, name);
}

/** The raw column of a header: exact first, else the only one equal after normalising case, spaces and punctuation. */
function findRawColumn(dataset: Dataset, header: string): RawColumn | undefined {
  const columns = dataset.raw.columns;
  const exact = columns.find((column) => column.header === header);
  if (exact) return exact;
  const wanted = normalizeHeader(header);
  const loose = columns.filter((column) => normalizeHeader(column.header) === wanted);
  return loose.length === 1 ? loose[0] : undefined;
}

/** A yes/no field as two groups, `Yes` and `No`, so `--by leaver` works like any category. */
function flagGroups(dataset: Dataset, field: FieldId): CategoryColumn | undefined {
  const column = dataset.fields[field];
  if (column?.type !== 'boolean') return undefined;
  const codes = Int32Array.from(column.values, (flag) => (flag === 1 ? 0 : flag === 0 ? 1 : -1));
  return { type: 'category', header: column.header, codes, labels: ['Yes', 'No'], invalid: column.invalid, invalidCount: column.invalidCount };
}

/** The canonical field a name means: a field id, or the header a field is mapped from. */
function fieldNamed(dataset: Dataset, name: string, rawColumn: RawColumn | undefined): FieldId | undefined {
  if (isCanonicalField(name)) return name;
  const header = rawColumn?.header;
  return header === undefined ? undefined : (Object.keys(dataset.fieldMap) as FieldId[]).find((field) => dataset.fieldMap[field] === header);
}

/**
 * The groups to break metrics down by, from a canonical field (`department`) or any source header (`BusinessTravel`), so
 * `--by` works for columns no metric knows. A mapped field gives the Dataset's validated column (yes/no fields as `Yes` / `No`);
 * any other header gives its trimmed text, numbers as plain text. Throws, listing the fields and headers available, for an
 * unknown name or a field that is not a category (dates, pay, ids, names).
 * @example segmentColumn(dataset, 'BusinessTravel').labels // ['Travel_Rarely', 'Travel_Frequently', 'Non-Travel']
 */
export function segmentColumn(dataset: Dataset, fieldOrHeader: string): CategoryColumn {
  const rawColumn = findRawColumn(dataset, fieldOrHeader);
  const field = fieldNamed(dataset, fieldOrHeader, rawColumn);
  const column = field && dataset.fields[field];
  if (field && column) {
    const groups = column.type === 'category' ? column : flagGroups(dataset, field);
    if (groups && fieldSpecs[field].segmentable) return groups;
    throw new Error(t('en', 'segment.notCategory', { name: fieldOrHeader }));
  }
  if (rawColumn) {
    return toCategoryColumn(rawColumn, new Uint8Array(rawColumn.codes.length));
  }
  const fields = (Object.keys(dataset.fields) as FieldId[]).filter((id) => fieldSpecs[id].segmentable);
  throw new Error(t('en', 'segment.unknown', { name: fieldOrHeader, fields: fields.join(', '), headers: dataset.raw.columns.map((c) => c.header).join(', ') }));
}
