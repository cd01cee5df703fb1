import { t } from '../i18n/index.ts';
import type { FieldMap } from './dataset.ts';
import type { FieldId, TableRole } from './fields.ts';
import { fitsField } from './fits-field.ts';
import { headerTokens } from './header-tokens.ts';
import { normalizeHeader } from './normalize-header.ts';
import type { RawTable } from './raw-table.ts';
import { fieldIdsOf, roleVocabularies } from './role-fields.ts';

/** What the user said with `--map field=Header` (an empty header keeps the field unmapped on purpose), and the kind of table. */
export interface InferFieldOptions {
  overrides?: Partial<Record<FieldId, string>>;
  /** Whose vocabulary to infer with; defaults to roster. */
  role?: TableRole;
}

/** An override that cannot be applied, with a one-line message listing what exists. */
export interface UnknownOverride {
  field: string;
  header: string;
  message: string;
}

/** The inferred field map and everything the user must see to trust or correct it. */
export interface FieldInference {
  fieldMap: FieldMap;
  /** How each mapped field was found: the user's override, a header synonym, or a header keyword the values confirmed. */
  sources: Partial<Record<FieldId, 'override' | 'synonym' | 'values'>>;
  /** Fields several headers could be, left unmapped until the user chooses. */
  ambiguities: { field: FieldId; headers: string[] }[];
  unknownOverrides: UnknownOverride[];
}

// Words that qualify a keyword without changing its meaning (`Current Grade`, `Join Date`, `Employee Code`). A header with any
// other word (`Marital Status`, `DeptID`, `StockOptionLevel`, `YearsWithCurrManager`) is about something else.
const neutralWords = new Set(['employee', 'emp', 'staff', 'worker', 'current', 'curr', 'actual', 'original', 'orig', 'latest', 'date', 'day', 'dt', 'time', 'of', 'the', 'at', 'on', 'in', 'for', 'to', 'is', 'has', 'flag', 'name', 'type', 'value', 'amount', 'monthly', 'annual', 'yearly', 'base', 'basic', 'gross', 'total', 'work', 'working', 'job', 'main', 'primary', 'home', 'company', 'year', 'years']);
const neutralChinese = ['员工', '人员', '当前', '最近', '原始', '日期', '时间', '名称', '类型', '金额', '年月', '日', '月', '年', '的'];

/** A header named by the user: exact, else the only header equal after normalising case, spaces and punctuation. */
function resolveHeader(headers: readonly string[], wanted: string): string | undefined {
  if (headers.includes(wanted)) return wanted;
  const loose = headers.filter((header) => normalizeHeader(header) === normalizeHeader(wanted));
  return loose.length === 1 ? loose[0] : undefined;
}

/** True when the header holds one of the keywords and otherwise only neutral words. */
function keywordFits(header: string, keywords: readonly string[]): boolean {
  let hasKeyword = false;
  for (const token of headerTokens(header)) {
    if (/^[\x00-\x7F]+$/.test(token)) {
      if (keywords.includes(token)) hasKeyword = true;
      else if (!neutralWords.has(token) && !/^\d+$/.test(token)) return false;
      continue;
    }
    let rest = token;
    for (const keyword of keywords) {
      if (rest.includes(keyword)) {
        hasKeyword = true;
        rest = rest.replaceAll(keyword, '');
      }
    }
    for (const fragment of neutralChinese) rest = rest.replaceAll(fragment, '');
    if (rest !== '') return false;
  }
  return hasKeyword;
}

/**
 * Which column holds each canonical field of the table's role (roster unless `role` says otherwise). Order of trust: the
 * user's overrides (`--map field=Header`, matched exactly or up to case and punctuation), then header synonyms in English and
 * Chinese (the role's vocabulary in roleVocabularies, normalised), then a header keyword with only neutral words around it
 * whose values fit the field's type (`Joined` holding dates → hire date).
 * When several headers fit a field equally the field is left unmapped and reported as an ambiguity: a wrong guess would
 * silently skew every metric, an unmapped field only switches the metrics needing it off until the user picks one.
 * Overrides naming an unknown field or header are returned in `unknownOverrides`, each with a message listing what exists.
 * An empty table gives an empty map.
 * @example inferFieldMap(rawTableFromValues([['EmpID', '入职日期'], [1, '2024-01-05']])).fieldMap // { employeeId: 'EmpID', hireDate: '入职日期' }
 */
export function inferFieldMap(raw: RawTable, options: InferFieldOptions = {}): FieldInference {
  const headers = raw.columns.map((column) => column.header);
  const inference: FieldInference = { fieldMap: {}, sources: {}, ambiguities: [], unknownOverrides: [] };
  const role = options.role ?? 'roster';
  const { fields } = roleVocabularies[role];
  const isRoleField = (name: string): name is FieldId => fields.some(({ id }) => id === name);
  const settled = new Set<FieldId>();
  const taken = new Set<string>();
  const map = (field: FieldId, header: string, source: 'override' | 'synonym' | 'values'): void => {
    inference.fieldMap[field] = header;
    inference.sources[field] = source;
    settled.add(field);
    taken.add(header);
  };
  const reportAmbiguity = (field: FieldId, candidates: string[]): void => {
    inference.ambiguities.push({ field, headers: candidates });
    settled.add(field);
  };

  for (const [field, wanted] of Object.entries(options.overrides ?? {})) {
    if (wanted === undefined) continue;
    if (!isRoleField(field)) {
      inference.unknownOverrides.push({ field, header: wanted, message: t('en', 'fieldMap.unknownField', { field, fields: fieldIdsOf(role).join(', ') }) });
      continue;
    }
    const header = wanted.trim() === '' ? undefined : resolveHeader(headers, wanted);
    if (header !== undefined) map(field, header, 'override');
    else if (wanted.trim() === '') settled.add(field);
    else inference.unknownOverrides.push({ field, header: wanted, message: t('en', 'fieldMap.unknownHeader', { header: wanted, field, headers: headers.join(', ') }) });
  }

  const normalized = headers.map(normalizeHeader);
  for (const { id: field, vocabulary } of fields) {
    if (settled.has(field)) continue;
    for (const synonyms of [vocabulary.headers, vocabulary.weakHeaders]) {
      const names = new Set(synonyms.map(normalizeHeader));
      const matches = headers.filter((header, c) => !taken.has(header) && names.has(normalized[c]));
      if (matches.length === 1) map(field, matches[0], 'synonym');
      if (matches.length > 1) {
        reportAmbiguity(field, matches);
        for (const header of matches) taken.add(header);
      }
      if (matches.length > 0) break;
    }
  }

  const candidates = new Map<FieldId, string[]>();
  for (const { id: field, vocabulary } of fields) {
    if (settled.has(field)) continue;
    const fitting = raw.columns.filter((column) => !taken.has(column.header) && keywordFits(column.header, vocabulary.keywords) && fitsField(column, field));
    if (fitting.length > 0) candidates.set(field, fitting.map((column) => column.header));
  }
  const claims = new Map<string, number>();
  for (const list of candidates.values()) for (const header of list) claims.set(header, (claims.get(header) ?? 0) + 1);
  for (const [field, list] of candidates) {
    if (list.length === 1 && claims.get(list[0]) === 1) map(field, list[0], 'values');
    else reportAmbiguity(field, list);
  }
  return inference;
}
