import { describe, expect, it } from 'vitest';
import { mergeRows, startMerge } from './merge-rows.ts';

describe('mergeRows', () => {
  it('adds only rows not seen, in first-seen order, and says how many it added', () => {
    const merged = startMerge(['Name', 'Team'], null);
    expect(mergeRows(merged, { headers: ['Name', 'Team'], rows: [['Ann', 'R&D'], ['Bo', 'Sales']], rowKeys: ['a', 'b'], total: 3 }, '')).toBe(2);
    expect(mergeRows(merged, { headers: ['Name', 'Team'], rows: [['Bo', 'Sales'], ['Cy', 'Ops']], rowKeys: ['b', 'c'], total: null }, '')).toBe(1);
    expect(merged.rows).toEqual([['Ann', 'R&D'], ['Bo', 'Sales'], ['Cy', 'Ops']]);
    expect(merged.rowKeys).toEqual(['a', 'b', 'c']);
    expect(merged.total).toBe(3);
  });

  it('qualifies page-local keys with the prefix so the same position on two pages is two rows', () => {
    const merged = startMerge(['Name'], null);
    mergeRows(merged, { headers: ['Name'], rows: [['Ann']], rowKeys: ['0'], total: null }, '0:');
    mergeRows(merged, { headers: ['Name'], rows: [['Bo']], rowKeys: ['0'], total: null }, '1:');
    expect(merged.rowKeys).toEqual(['0:0', '1:0']);
  });

  it('aligns cells by header, same-named columns in order, and drops columns the first read lacked', () => {
    const merged = startMerge(['Name', 'Phone', 'Phone'], null);
    mergeRows(merged, { headers: ['Phone', 'Extra', 'Name', 'Phone'], rows: [['111', 'x', 'Ann', '222']], rowKeys: ['a'], total: null }, '');
    expect(merged.rows).toEqual([['Ann', '111', '222']]);
  });
});
