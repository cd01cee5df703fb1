import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../test/fixtures/hris/load-hris-fixture.ts';
import { ariaDataRowCount, byColumnIndex, mergeRowParts } from './keyed-rows.ts';

describe('mergeRowParts', () => {
  it('joins parts of one row, orders rows by index, keeps the first non-empty text of a repeated cell', () => {
    const merged = mergeRowParts(['name', 'dept', 'status'], [
      { rowKey: 'b', order: 7, cells: [['dept', 'Sales']] },
      { rowKey: 'a', order: 3, cells: [['name', 'Ann'], ['dept', 'R&D']] },
      { rowKey: 'b', order: 7, cells: [['name', 'Bo'], ['status', 'Active']] },
      { rowKey: 'a', order: 3, cells: [['name', ''], ['status', 'Left']] },
    ]);
    expect(merged).toEqual({ rowKeys: ['a', 'b'], rows: [['Ann', 'R&D', 'Left'], ['Bo', 'Sales', 'Active']] });
  });

  it('gives no rows for no parts', () => {
    expect(mergeRowParts(['a'], [])).toEqual({ rowKeys: [], rows: [] });
  });
});

describe('byColumnIndex / ariaDataRowCount', () => {
  it('orders header cells by aria-colindex and subtracts header rows from aria-rowcount', () => {
    const document = parseHtml('<div role="grid" aria-rowcount="503"><div role="row" aria-rowindex="1"><b aria-colindex="2">B</b></div><div role="row" aria-rowindex="2"><b aria-colindex="1">A</b></div></div>');
    expect(byColumnIndex(Array.from(document.querySelectorAll('b'))).map((cell) => cell.textContent)).toEqual(['A', 'B']);
    expect(ariaDataRowCount(document.querySelector('[role="grid"]'), Array.from(document.querySelectorAll('[role="row"]')))).toBe(501);
    expect(ariaDataRowCount(null, [])).toBeNull();
  });
});
