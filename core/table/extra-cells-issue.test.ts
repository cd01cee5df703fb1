import { describe, expect, it } from 'vitest';
import { extraCellsIssue } from './extra-cells-issue.ts';

describe('extraCellsIssue', () => {
  it('names the count and the first value, located at its cell', () => {
    expect(extraCellsIssue('Sheet1!B3', 7, 6, 2, 'see HR note')).toEqual({
      row: 7,
      column: null,
      cell: 'Sheet1!H7',
      code: 'extra-cells',
      reason: 'Row 7 has 2 value(s) beyond the last header column, starting with "see HR note"; they were not read',
      params: { row: 7, count: 2, first: 'see HR note' },
      severity: 'warning',
    });
  });

  it('shortens a long first value and leaves out the cell without an origin', () => {
    const issue = extraCellsIssue(undefined, 2, 3, 1, 'x'.repeat(50));
    expect(issue.params?.first).toBe(`${'x'.repeat(40)}…`);
    expect(issue.cell).toBeUndefined();
  });
});
