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

  it('agrees with sets', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -1, max: 2 }), fc.integer({ min: -1, max: 5 }))), (rows) => {
        const grouping = { field: 'g', codes: Int32Array.from(rows, ([group]) => group), labels: ['a', 'b', 'c'] };
        const counts = countDistinctByGroup(Int32Array.from(rows, ([, code]) => code), 6, grouping);
        const distinct = (keep: (group: number) => boolean) => new Set(rows.filter(([group, code]) => keep(group) && code >= 0).map(([, code]) => code)).size;
        expect([...counts]).toEqual([distinct((g) => g === 0), distinct((g) => g === 1), distinct((g) => g === 2), distinct(() => true)]);
      }),
    );
  });
});
