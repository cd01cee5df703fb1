import { z } from 'zod';
import { t } from '../i18n/index.ts';
import { cellIssue, type ColumnLocation, type IssueCode } from './cell-issue.ts';
import type { BooleanColumn, CategoryColumn, Dataset, DatasetColumn, DateColumn, FieldMap } from './dataset.ts';
import { isoFromDay, ymdFromDay, type Day } from './day.ts';
import { decodeNumericColumn, type NumericDecoding } from './decode-numeric-column.ts';
import { fieldRules, type FieldRule } from './field-rules.ts';
import { booleanParserOf } from './boolean-parser-of.ts';
import type { FieldId, TableRole } from './fields.ts';
import { parseDateColumn, type ParsedDateColumn } from './parse-date-column.ts';
import { parseMoney } from './parse-money.ts';
import { parseMonthColumn } from './parse-month-column.ts';
import { parseNumber } from './parse-number.ts';
import type { DataIssue, RawColumn, RawTable } from './raw-table.ts';
import { fieldIdsOf, fieldSpecs, roleVocabularies } from './role-fields.ts';
import { stageOfLabel } from './stage-of-label.ts';
import { toCategoryColumn } from './to-category-column.ts';
import { voluntaryFromWording } from './voluntary-from-wording.ts';

export { segmentColumn } from './segment-column.ts';

/** How to validate: the day treated as today, and the kind of table (roster by default). */
export interface ToDatasetOptions {
  asOf: Day;
  role?: TableRole;
}

const optionsSchema = z.object({
  asOf: z.number().int('asOf must be a whole day number'),
  role: z.enum(Object.keys(roleVocabularies) as [TableRole, ...TableRole[]]).default('roster'),
});

/** The field map a role accepts: its own fields, each to a non-empty header. */
function fieldMapSchemaOf(role: TableRole) {
  return z.partialRecord(z.enum(fieldIdsOf(role) as [FieldId, ...FieldId[]]), z.string().min(1));
}

/** Date pairs that must be in order when a table has both: the later one is invalid when it falls before the earlier one. */
const dateOrderRules: readonly { later: FieldId; earlier: FieldId; code: IssueCode }[] = [
  { later: 'terminationDate', earlier: 'hireDate', code: 'termination-before-hire' },
  { later: 'approvedDate', earlier: 'openedDate', code: 'approved-before-opened' },
  { later: 'filledDate', earlier: 'openedDate', code: 'filled-before-opened' },
  { later: 'filledDate', earlier: 'approvedDate', code: 'filled-before-approved' },
  { later: 'endDate', earlier: 'startDate', code: 'end-before-start' },
  { later: 'approvedDate', earlier: 'requestedDate', code: 'approved-before-requested' },
];

/** The id that names one record per row in each role's tables (event and training tables repeat theirs on purpose). */
const uniqueIds: Partial<Record<TableRole, { field: FieldId; code: IssueCode }>> = {
  roster: { field: 'employeeId', code: 'duplicate-id' },
  requisitions: { field: 'requisitionId', code: 'duplicate-record-id' },
  approvals: { field: 'requestId', code: 'duplicate-record-id' },
};

/** Per-distinct-text results of a text parser, with the issue code for texts it rejects (blank texts are just missing). */
function parseDictionary(dictionary: readonly string[], parse: (text: string) => number, failure: IssueCode): Pick<NumericDecoding, 'dictionaryValues' | 'dictionaryFailures'> {
  const dictionaryValues = new Float64Array(dictionary.length);
  const dictionaryFailures = dictionary.map((text, k) => {
    dictionaryValues[k] = parse(text);
    return Number.isNaN(dictionaryValues[k]) && text.trim() !== '' ? failure : null;
  });
  return { dictionaryValues, dictionaryFailures };
}

/** What every decoder shares: the as-of day, the issue list, and one all-zero mask that clean columns point to. */
interface Validation {
  asOf: Day;
  issues: DataIssue[];
  /** Shared by every column with no invalid cell, so a clean million-row column costs no mask of its own; never written. */
  clean: Uint8Array;
}

/**
 * Whether a date past a field's horizon is a year's first or last day, as the "end of time" systems write for "no end date"
 * (SAP 9999-12-31, Oracle 4712-12-31, others 2999-12-31 or 3000-01-01), where a typo lands on any day.
 * @example isEndOfTime(dayFromYmd(9999, 12, 31)) // true
 */
export function isEndOfTime(day: Day): boolean {
  const [, month, date] = ymdFromDay(day);
  return (month === 12 && date === 31) || (month === 1 && date === 1);
}

function decodeDates(column: RawColumn, rule: FieldRule, at: ColumnLocation, { asOf, issues, clean }: Validation, parse: (column: RawColumn, pivotDay: Day) => ParsedDateColumn, placeholder?: (day: Day) => boolean): DateColumn {
  const parsed = parse(column, asOf);
  const { order, monthFirstProofs, dayFirstProofs } = parsed.order;
  if (order === 'mixed') issues.push(cellIssue(at, null, 'mixed-date-order', { monthFirst: monthFirstProofs, dayFirst: dayFirstProofs }, 'warning'));
  if (order === 'ambiguous') issues.push(cellIssue(at, null, 'ambiguous-date-order', {}, 'warning'));
  const decoding = { dictionaryValues: parsed.dictionaryDays, dictionaryFailures: parsed.dictionaryFailures, fromNumber: parsed.dayFromNumber, numberFailure: 'invalid-date', rule, formatBound: isoFromDay, placeholder } as const;
  const { values, invalid, invalidCount, placeholders } = decodeNumericColumn(column, decoding, at, issues);
  if (placeholders.count > 0) issues.push(cellIssue(at, null, 'end-of-time-date', { count: placeholders.count, value: isoFromDay(placeholders.first) }, 'warning'));
  return { type: 'date', header: column.header, days: values, invalid: invalid ?? clean, invalidCount };
}

function decodeField(field: FieldId, column: RawColumn, rule: FieldRule | undefined, at: ColumnLocation, validation: Validation): DatasetColumn {
  const { issues, clean } = validation;
  const header = column.header;
  switch (fieldSpecs[field].type) {
    case 'date':
      // Only an end may be open: a hire or event date at the end of time is a typo.
      return decodeDates(column, rule!, at, validation, parseDateColumn, field === 'terminationDate' ? (day) => day > validation.asOf && isEndOfTime(day) : undefined);
    case 'month':
      return decodeDates(column, rule!, at, validation, parseMonthColumn);
    case 'money':
    case 'number': {
      const isMoney = fieldSpecs[field].type === 'money';
      const failure: IssueCode = isMoney ? 'invalid-money' : 'invalid-number';
      const decoding = { ...parseDictionary(column.dictionary, isMoney ? parseMoney : parseNumber, failure), fromNumber: (value: number) => value, numbersAsIs: true, numberFailure: failure, rule };
      const { values, invalid, invalidCount } = decodeNumericColumn(column, decoding, at, issues);
      return { type: 'number', header, values, invalid: invalid ?? clean, invalidCount };
    }
    case 'boolean': {
      const decoding = { ...parseDictionary(column.dictionary, booleanParserOf(field), 'invalid-boolean'), fromNumber: (value: number) => (value === 1 || value === 0 ? value : NaN), numberFailure: 'invalid-boolean' } as const;
      const { values, invalid, invalidCount } = decodeNumericColumn(column, decoding, at, issues);
      const flags = new Int8Array(values.length);
      for (let i = 0; i < values.length; i++) flags[i] = values[i] === 1 ? 1 : values[i] === 0 ? 0 : -1;
      return { type: 'boolean', header, values: flags, invalid: invalid ?? clean, invalidCount };
    }
    default:
      return toCategoryColumn(column, clean);
  }
}

/** Mark a cell invalid, giving the column a mask of its own first if it still shares the clean one. */
function markInvalid(column: DateColumn | CategoryColumn, i: number, clean: Uint8Array): void {
  if (column.invalid === clean) column.invalid = new Uint8Array(clean.length);
  column.invalid[i] = 1;
  column.invalidCount++;
}

/** Termination dates after the as-of day are scheduled departures: warned about and cleared, so no metric counts them yet. */
function clearScheduledTerminations(termination: DateColumn, asOf: Day, at: ColumnLocation, issues: DataIssue[]): void {
  const days = termination.days;
  const asOfIso = isoFromDay(asOf);
  const paramsByDay = new Map<Day, Record<string, string>>();
  for (let i = 0; i < days.length; i++) {
    const day = days[i];
    if (!(day > asOf)) continue;
    let params = paramsByDay.get(day);
    if (!params) paramsByDay.set(day, (params = { value: isoFromDay(day), asOf: asOfIso }));
    issues.push(cellIssue(at, i, 'scheduled-termination', params, 'warning'));
    days[i] = NaN;
  }
}

/** A date before the one it must follow (a termination before the hire, a requisition filled before it opened) is invalid; the issue names both, the earlier under its field id. */
function flagDayBefore(later: DateColumn, earlier: DateColumn, rule: (typeof dateOrderRules)[number], at: ColumnLocation, { issues, clean }: Validation): void {
  const days = later.days;
  for (let i = 0; i < days.length; i++) {
    const day = days[i];
    if (!(day < earlier.days[i])) continue;
    issues.push(cellIssue(at, i, rule.code, { value: isoFromDay(day), [rule.earlier]: isoFromDay(earlier.days[i]) }));
    days[i] = NaN;
    markInvalid(later, i, clean);
  }
}

/** One more than the largest code: how many labels the codes use, without reading labels that are built when first read (see toCategoryColumn). */
function codeCount(codes: Int32Array): number {
  let count = 0;
  for (let i = 0; i < codes.length; i++) if (codes[i] >= count) count = codes[i] + 1;
  return count;
}

/** Whether the non-missing codes strictly increase, row after row. */
function increasingCodes(codes: Int32Array): boolean {
  let previous = -1;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (code < 0) continue;
    if (code <= previous) return false;
    previous = code;
  }
  return true;
}

/** Keep the first row of each record id (employee, requisition, request); later repeats are excluded from every metric and each names the first row. */
function excludeDuplicateIds(ids: CategoryColumn, issueCode: IssueCode, rowExcluded: Uint8Array, at: ColumnLocation, { issues, clean }: Validation): void {
  const shared = ids.codes;
  // Codes that only ever increase repeat none (ids in order: toCategoryColumn codes each new id by its first row).
  if (increasingCodes(shared)) return;
  const firstRow = new Int32Array(codeCount(shared)).fill(-1);
  for (let i = 0; i < shared.length; i++) {
    const code = shared[i];
    if (code < 0) continue;
    if (firstRow[code] < 0) {
      firstRow[code] = i;
      continue;
    }
    rowExcluded[i] = 1;
    issues.push(cellIssue(at, i, issueCode, { value: ids.labels[code], firstRow: at.firstDataRow + firstRow[code] }));
    // The codes may be the raw column's own array: copy before the first write.
    if (ids.codes === shared) ids.codes = shared.slice();
    ids.codes[i] = -1;
    markInvalid(ids, i, clean);
  }
}

/** One warning per stage label no one recognises, with its row count: those events count in no recruiting metric. */
function warnUnknownStages(stage: CategoryColumn, at: ColumnLocation, issues: DataIssue[]): void {
  const rows = new Float64Array(stage.labels.length);
  for (let i = 0; i < stage.codes.length; i++) if (stage.codes[i] >= 0) rows[stage.codes[i]]++;
  stage.labels.forEach((label, code) => {
    if (rows[code] > 0 && stageOfLabel(label) < 0) issues.push(cellIssue(at, null, 'unknown-stage', { value: label, count: rows[code] }, 'warning'));
  });
}

function derivedHeader(headers: string[]): string {
  return t('en', 'fieldMap.derivedFrom', { headers: headers.join(', ') });
}

/** Leaver flag from the termination date when the file has no flag: a (past) date means left, none means still employed. */
function deriveLeaver(termination: DateColumn, clean: Uint8Array): BooleanColumn {
  const { days, invalid } = termination;
  const values = new Int8Array(days.length);
  for (let i = 0; i < days.length; i++) values[i] = invalid[i] ? -1 : Number.isNaN(days[i]) ? 0 : 1;
  return { type: 'boolean', header: derivedHeader([termination.header]), values, invalid: clean, invalidCount: 0 };
}

/** Voluntary flag from the wording of the employment status, else of the termination reason (`Voluntarily Terminated`, `辞退`). */
function deriveVoluntary(sources: CategoryColumn[], clean: Uint8Array): BooleanColumn {
  const rowCount = clean.length;
  const values = new Int8Array(rowCount).fill(-1);
  for (const { labels, codes } of sources) {
    const flags = Int8Array.from(labels, (label) => {
      const flag = voluntaryFromWording(label);
      return Number.isNaN(flag) ? -1 : flag;
    });
    for (let i = 0; i < rowCount; i++) if (values[i] < 0 && codes[i] >= 0) values[i] = flags[codes[i]];
  }
  return { type: 'boolean', header: derivedHeader(sources.map((column) => column.header)), values, invalid: clean, invalidCount: 0 };
}

/**
 * Validate a RawTable into the typed, columnar Dataset metrics read. Each mapped column is parsed once per distinct value and
 * decoded in one loop over its codes; rules are declared with zod (`fieldRules`) and checked as bounds. Every bad cell becomes
 * missing, `invalid` in its column and a located issue. Fields and rules are the role's (roster by default; roleVocabularies).
 * Record rules: a termination date after `asOf` is a scheduled departure (warning, cleared); a date before the one it must
 * follow is invalid (termination before hire, approval or fill before opening, fill before approval, course end before start,
 * approval before request); a repeated record id (employee, requisition, request) excludes the repeat; a candidate stage no
 * one recognises (stageOfLabel) is warned about once per label. Without a voluntary flag it is derived from the status or
 * reason wording, without a leaver flag from the termination date.
 * `dataset.issues` holds validation issues only (the raw table's read issues stay in `raw.readIssues`). Clean columns share
 * arrays (the raw codes, the raw numbers of clean amounts, one all-zero `invalid` mask) so a million-row roster stays clear of
 * garbage-collection pauses: every Dataset array is read-only.
 * Throws when `fieldMap` names an unknown field or a header the table lacks. An empty table gives a Dataset of 0 rows.
 * @example toDataset(rawTableFromValues([['Salary'], [-5]]), { salary: 'Salary' }, { asOf: 19_000 }).issues[0].code // 'negative-pay'
 */
export function toDataset(raw: RawTable, fieldMap: FieldMap, options: ToDatasetOptions): Dataset {
  const { asOf, role } = optionsSchema.parse(options);
  const headers = raw.columns.map((column) => column.header);
  const mapCheck = fieldMapSchemaOf(role).safeParse(fieldMap);
  if (!mapCheck.success) {
    const problem = mapCheck.error.issues[0];
    if (problem.code === 'unrecognized_keys') throw new Error(t('en', 'fieldMap.unknownField', { field: problem.keys[0], fields: fieldIdsOf(role).join(', ') }));
    const field = String(problem.path[0]);
    throw new Error(t('en', 'fieldMap.unknownHeader', { header: String((fieldMap as Record<string, unknown>)[field]), field, headers: headers.join(', ') }));
  }
  const validation: Validation = { asOf, issues: [], clean: new Uint8Array(raw.rowCount) };
  const { issues, clean } = validation;
  const fields: Dataset['fields'] = {};
  const locations: Partial<Record<FieldId, ColumnLocation>> = {};
  const rules: Partial<Record<FieldId, FieldRule>> = fieldRules(asOf);
  for (const field of fieldIdsOf(role)) {
    const header = fieldMap[field];
    if (header === undefined) continue;
    const columnIndex = headers.indexOf(header);
    if (columnIndex < 0) throw new Error(t('en', 'fieldMap.unknownHeader', { header, field, headers: headers.join(', ') }));
    const at: ColumnLocation = { header, columnIndex, firstDataRow: raw.firstDataRow, origin: raw.provenance.origin };
    locations[field] = at;
    fields[field] = decodeField(field, raw.columns[columnIndex], rules[field], at, validation);
  }
  const { terminationDate, employmentStatus, terminationReason, stage } = fields as Partial<{
    terminationDate: DateColumn;
    employmentStatus: CategoryColumn;
    terminationReason: CategoryColumn;
    stage: CategoryColumn;
  }>;
  if (terminationDate) clearScheduledTerminations(terminationDate, asOf, locations.terminationDate!, issues);
  for (const rule of dateOrderRules) {
    const later = fields[rule.later];
    const earlier = fields[rule.earlier];
    if (later?.type === 'date' && earlier?.type === 'date') flagDayBefore(later, earlier, rule, locations[rule.later]!, validation);
  }
  const rowExcluded = new Uint8Array(raw.rowCount);
  const unique = uniqueIds[role];
  const ids = unique && fields[unique.field];
  if (unique && ids?.type === 'category') excludeDuplicateIds(ids, unique.code, rowExcluded, locations[unique.field]!, validation);
  if (stage) warnUnknownStages(stage, locations.stage!, issues);
  if (!fields.leaver && terminationDate) fields.leaver = deriveLeaver(terminationDate, clean);
  const wordings = [employmentStatus, terminationReason].filter((column) => column !== undefined);
  if (!fields.voluntary && wordings.length > 0) fields.voluntary = deriveVoluntary(wordings, clean);
  return { role, rowCount: raw.rowCount, fields, fieldMap: { ...fieldMap }, rowExcluded, issues, provenance: raw.provenance, firstDataRow: raw.firstDataRow, asOf, raw };
}
