import { t, type MessageKey } from '../i18n/index.ts';
import { cellAddress } from './cell-address.ts';
import type { DataIssue } from './raw-table.ts';

/** Codes of the issues validation raises; each has an `issue.<code>` message in every catalogue. */
export type IssueCode = { [K in MessageKey]: K extends `issue.${infer Code}` ? Code : never }[MessageKey];

/** Where a column's cells sit in the source, so issues can be located as the user sees them. */
export interface ColumnLocation {
  header: string;
  /** 0-based position of the column in the table. */
  columnIndex: number;
  firstDataRow: number;
  /** The table's top-left A1 address when the source has one. */
  origin?: string;
}

// Reasons by params object: a value repeated on thousands of rows passes one params object, and its text is built once.
const reasons = new WeakMap<Record<string, string | number>, string>();
// Sheet prefix and column letters of each location (`Sheet1!D`), parsed from the origin once rather than per issue.
const cellPrefixes = new WeakMap<ColumnLocation, string>();

function cellPrefix(at: ColumnLocation, origin: string): string {
  let prefix = cellPrefixes.get(at);
  if (prefix === undefined) {
    prefix = cellAddress(origin, 1, at.columnIndex).slice(0, -1);
    cellPrefixes.set(at, prefix);
  }
  return prefix;
}

/**
 * A located issue with its English reason from the message catalogue (hosts translate with `code` + `params`): row as the
 * user sees it, column header, and A1 cell when the table has an origin. `rowIndex` null makes it a column-level issue.
 * Callers reporting one value on many rows pass the same `params` object each time (issues share it; it is read-only).
 * @example cellIssue({ header: 'Salary', columnIndex: 1, firstDataRow: 2, origin: 'A1' }, 0, 'negative-pay', { value: '-5' }).cell // 'B2'
 */
export function cellIssue(
  at: ColumnLocation,
  rowIndex: number | null,
  code: IssueCode,
  params: Record<string, string | number>,
  severity: DataIssue['severity'] = 'error',
): DataIssue {
  const row = rowIndex === null ? null : at.firstDataRow + rowIndex;
  let reason = reasons.get(params);
  if (reason === undefined) {
    reason = t('en', `issue.${code}`, params);
    reasons.set(params, reason);
  }
  const issue: DataIssue = { row, column: at.header, code, reason, params, severity };
  if (row !== null && at.origin) issue.cell = `${cellPrefix(at, at.origin)}${row}`;
  return issue;
}
