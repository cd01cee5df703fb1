import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countDistinctByGroup } from './count-distinct-by-group.ts';

describe('countDistinctByGroup', () => {
  it('counts distinct codes per group and overall, ignoring −1', () => {
    // Group A: codes 0, 0, 2 → 2; group B: 2, 1 → 2; no group: 3; overall 0, 1, 2, 3 → 4.
    const grouping = { field: 'department', codes: Int32Array.of(0, 0, 0, 1, 1, -1, 1), labels: ['A', 'B'] };
    expect([...countDistinctByGroup(Int32Array.of(0, 0, 2, 2, 1, 3, -1), 4, grouping)]).toEqual([2, 2, 4]);
    expect([...countDistinctByGroup(Int32Array.of(1, 1, -1), 2, null)]).toEqual([1]);
  });

  it.each([
    ['few groups (one bit per group)', 3],
    ['as many slots as bits (the sign bit for rows without a group)', 31],
    ['more groups than bits (rows visited group by group)', 40],
  ])('agrees with sets with %s', (_, groupCount) => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -1, max: groupCount - 1 }), fc.integer({ min: -1, max: 5 }))), (rows) => {
        const labels = Array.from({ length: groupCount }, (_, g) => `g${g}`);
        const grouping = { field: 'g', codes: Int32Array.from(rows, ([group]) => group), labels };
        const counts = countDistinctByGroup(Int32Array.from(rows, ([, code]) => code), 6, grouping);
        const distinct = (keep: (group: number) => boolean) => new Set(rows.filter(([group, code]) => keep(group) && code >= 0).map(([, code]) => code)).size;
        expect([...counts]).toEqual([...labels.map((_, g) => distinct((group) => group === g)), distinct(() => true)]);
      }),
    );
  });
});
