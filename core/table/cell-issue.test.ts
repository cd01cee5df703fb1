import { describe, expect, it } from 'vitest';
import { t } from '../i18n/index.ts';
import { cellIssue } from './cell-issue.ts';

describe('cellIssue', () => {
  it('locates a cell as the user sees it, from the table origin', () => {
    const issue = cellIssue({ header: 'Salary', columnIndex: 2, firstDataRow: 4, origin: 'Roster!B3' }, 13, 'negative-pay', { value: '-5' });
    expect(issue).toEqual({ row: 17, column: 'Salary', cell: 'Roster!D17', code: 'negative-pay', reason: 'Pay cannot be negative: -5', params: { value: '-5' }, severity: 'error' });
  });

  it('has no cell address without an origin, and no row for column-level issues', () => {
    expect(cellIssue({ header: 'Hire', columnIndex: 0, firstDataRow: 2 }, 0, 'invalid-date', { value: 'x' }).cell).toBeUndefined();
    const columnLevel = cellIssue({ header: 'Hire', columnIndex: 0, firstDataRow: 2, origin: 'A1' }, null, 'ambiguous-date-order', {}, 'warning');
    expect(columnLevel).toMatchObject({ row: null, column: 'Hire', severity: 'warning' });
    expect(columnLevel.cell).toBeUndefined();
  });

  it('gives hosts a code and params that translate', () => {
    const issue = cellIssue({ header: 'Hire', columnIndex: 0, firstDataRow: 2 }, 0, 'invalid-date', { value: '2/30/2020' });
    expect(t('zh-CN', `issue.${issue.code}` as 'issue.invalid-date', issue.params)).toBe('无法识别为日期：“2/30/2020”');
  });
});
