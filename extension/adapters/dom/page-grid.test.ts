import { describe, expect, it } from 'vitest';
import { isControlColumn, toExtraction } from './page-grid.ts';

describe('isControlColumn', () => {
  it('drops action columns by header and headerless columns with no text', () => {
    const rows = [['', 'Ann', '编辑 删除'], ['', 'Bo', '编辑 删除']];
    expect(['', 'Name', '操作'].map((header, column) => isControlColumn(header, rows, column))).toEqual([true, false, true]);
    expect(isControlColumn('', [['x'], ['']], 0)).toBe(false);
  });
});

describe('toExtraction', () => {
  it('keeps page text as cells and does not believe a total below the rows shown', () => {
    const grid = { selector: 'table', headers: ['', 'Name'], rows: [['', 'Ann'], ['', 'Bo']], rowKeys: ['1', '2'], total: 1, missing: [] };
    const extraction = toExtraction('generic-table', grid, 'https://example.com/', '2025-03-01T09:00:00.000Z');
    expect(extraction.table.columns.map((column) => column.header)).toEqual(['Name']);
    expect(extraction.completeness).toEqual({ shown: 2, total: null });
  });
});
