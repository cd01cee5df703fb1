import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressSmallGroups } from './suppress-small-groups.ts';

const reasons = (counts: number[], options?: { k?: number; total?: number }) =>
  suppressSmallGroups(counts, options).map((s) => s.reason);

describe('suppressSmallGroups', () => {
  it('hides groups under k and, when one hidden group could be recovered, the next smallest', () => {
    // Hiding only the 2 would leave it as total − 10 − 20 − 30; hiding the 10 too leaves 12 people unresolved.
    expect(reasons([2, 10, 20, 30])).toEqual(['small-group', 'complementary', null, null]);
  });

  it('keeps hiding while the hidden groups together are fewer than k', () => {
    // 1 + 2 = 3 < 5 people could be read as a block: add the 50 (then 53 are hidden).
    expect(reasons([1, 2, 50, 60])).toEqual(['small-group', 'small-group', 'complementary', null]);
  });

  it('hides nothing more for empty groups', () => {
    expect(reasons([0, 40, 60])).toEqual(['small-group', null, null]);
  });

  it('protects rows that belong to no group when a total is given', () => {
    // 3 people without a department would be total − 40 − 60: hide the 40; then 43 people sit behind the difference.
    expect(reasons([40, 60], { total: 103 })).toEqual(['complementary', null]);
    // One hidden group mixed with 10 ungrouped people is not recoverable: nothing more to hide.
    expect(reasons([2, 40, 60], { total: 112 })).toEqual(['small-group', null, null]);
  });

  it('takes the first of equally small groups, honours k, and refuses k below 3', () => {
    expect(reasons([3, 8, 8, 20])).toEqual(['small-group', 'complementary', null, null]);
    expect(reasons([7, 12, 30], { k: 10 })).toEqual(['small-group', 'complementary', null]);
    expect(reasons([3, 4], { k: 3 })).toEqual([null, null]);
    expect(() => suppressSmallGroups([10], { k: 2 })).toThrow(/at least 3/);
    expect(suppressSmallGroups([])).toEqual([]);
  });

  it('never shows a group under k and never leaves a hidden group recoverable', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 12 }),
        fc.integer({ min: 3, max: 10 }),
        fc.integer({ min: 0, max: 6 }),
        (counts, k, ungrouped) => {
          const total = counts.reduce((sum, n) => sum + n, 0) + ungrouped;
          const result = suppressSmallGroups(counts, { k, total });
          counts.forEach((n, i) => {
            if (n < k) expect(result[i]).toEqual({ suppressed: true, reason: 'small-group' });
          });
          const visible = counts.filter((_, i) => !result[i].suppressed);
          if (visible.length === 0) return;
          const residual = total - visible.reduce((sum, n) => sum + n, 0);
          const hidden = counts.filter((n, i) => result[i].suppressed && n > 0);
          expect(residual === 0 || residual >= k).toBe(true);
          expect(hidden.length === 1 && residual === hidden[0]).toBe(false);
        },
      ),
    );
  });
});
