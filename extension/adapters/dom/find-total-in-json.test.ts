import { describe, expect, it } from 'vitest';
import { findTotalInJson } from './find-total-in-json.ts';

describe('findTotalInJson', () => {
  it('finds the shallowest total under the names paging APIs use', () => {
    expect(findTotalInJson({ pagination: { page: 2, per_page: 25, total_entries: 87 } })).toBe(87);
    expect(findTotalInJson({ data: { employees: { totalCount: 412 } } })).toBe(412);
    expect(findTotalInJson({ meta: { count: 9 }, rows: [{ total: 5 }] })).toBe(9);
  });

  it('skips arrays, non-integers and totals nested deeper than four levels', () => {
    expect(findTotalInJson([{ total: 5 }])).toBeNull();
    expect(findTotalInJson({ total: '87', summary: { total: 12.5 } })).toBeNull();
    expect(findTotalInJson({ a: { b: { c: { d: { total: 3 } } } } })).toBeNull();
    expect(findTotalInJson(null)).toBeNull();
  });
});
