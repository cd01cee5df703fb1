import { fillTemplate } from '../i18n/fill-template.ts';
import { issueEn } from '../i18n/issue-messages.ts';
import { cellAddress } from './cell-address.ts';
import type { DataIssue } from './raw-table.ts';

/**
 * The warning for values found beyond a table's last header column: they are not read, and saying so (with the first
 * one, shortened to 40 characters) keeps them from vanishing silently. `column` is the 0-based column of the first one;
 * the cell address is given when the table has an origin. Worded from the issue messages alone, as it runs in page scripts.
 * @example extraCellsIssue('A1', 4, 6, 2, 'see HR note').cell // 'G4'
 */
export function extraCellsIssue(origin: string | undefined, row: number, column: number, count: number, first: string): DataIssue {
  const shown = first.length > 40 ? `${first.slice(0, 40)}…` : first;
  const params = { row, count, first: shown };
  const issue: DataIssue = { row, column: null, code: 'extra-cells', reason: fillTemplate(issueEn['issue.extra-cells'], params), params, severity: 'warning' };
  if (origin) issue.cell = cellAddress(origin, row, column);
  return issue;
}
