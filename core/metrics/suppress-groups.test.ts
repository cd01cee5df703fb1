import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressSmallGroups } from '../stats/suppress-small-groups.ts';
import { suppressGroups, suppressTotal } from './suppress-groups.ts';

const tally = (n: number, men?: number, women?: number) => (men === undefined ? { n } : { n, sexes: { men, women: women ?? n - men } });

describe('suppressGroups', () => {
  it('is suppressSmallGroups over n for figures that do not compare the sexes', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(40), { maxLength: 8 }), fc.nat(6), fc.integer({ min: 3, max: 8 }), (sizes, ungrouped, k) => {
        const total = sizes.reduce((sum, n) => sum + n, 0) + ungrouped;
        expect(suppressGroups(sizes.map((n) => tally(n)), tally(total), k)).toEqual(suppressSmallGroups(sizes, { k, total }));
      }),
    );
  });

  it('hides a group with fewer than k men or women even when it has k people or more', () => {
    // Admin 3 men + 4 women = 7 ≥ 5, yet each sex is under 5; Ops and Sales 6 + 6. Admin alone hidden would be total − the
    // rest (7 people), so Ops, the smallest visible (first of the ties), goes too.
    expect(suppressGroups([tally(7, 3, 4), tally(12, 6, 6), tally(12, 6, 6), tally(14, 7, 7)], tally(45, 22, 23), 5)).toEqual([
      { suppressed: true, reason: 'small-sex-group' },
      { suppressed: true, reason: 'complementary' },
      { suppressed: false, reason: null },
      { suppressed: false, reason: null },
    ]);
  });

  it('keeps a group small overall as small-group', () => {
    expect(suppressGroups([tally(4, 1, 3), tally(20, 10, 10), tally(20, 10, 10)], tally(44, 21, 23), 5)[0]).toEqual({ suppressed: true, reason: 'small-group' });
  });

  it('runs complementary suppression over men and women too, not only over people', () => {
    // A: 4 men, 10 women; B, C: 10 and 10; 2 women in no group. People: total − visible = 16 ≠ A's 14, no risk. Men: total −
    // visible = 24 − 20 = 4 = A's men, so A's men would be the rest → B (smallest visible by men, first tie) hidden too.
    expect(suppressGroups([tally(14, 4, 10), tally(20, 10, 10), tally(20, 10, 10)], tally(56, 24, 32), 5).map((hidden) => hidden.reason)).toEqual([
      'small-sex-group',
      'complementary',
      null,
    ]);
  });

  it('leaves no shown group under k men or women, and no population whose hidden groups total − visible gives away', () => {
    const group = fc.tuple(fc.nat(12), fc.nat(12));
    fc.assert(
      fc.property(fc.array(group, { maxLength: 7 }), fc.nat(3), fc.nat(3), fc.integer({ min: 3, max: 6 }), (sexes, looseMen, looseWomen, k) => {
        const groups = sexes.map(([men, women]) => tally(men + women, men, women));
        const men = sexes.reduce((sum, [m]) => sum + m, looseMen);
        const women = sexes.reduce((sum, [, w]) => sum + w, looseWomen);
        const hidden = suppressGroups(groups, tally(men + women, men, women), k);
        groups.forEach((group, i) => {
          if (!hidden[i].suppressed) expect(Math.min(group.n, ...sexes[i])).toBeGreaterThanOrEqual(k);
        });
        for (const [sizes, total] of [[groups.map((g) => g.n), men + women], [sexes.map(([m]) => m), men], [sexes.map(([, w]) => w), women]] as const) {
          const residual = total - sizes.reduce((sum, n, i) => (hidden[i].suppressed ? sum : sum + n), 0);
          const hiddenSizes = sizes.filter((n, i) => hidden[i].suppressed && n > 0);
          const anyVisible = hidden.some((h) => !h.suppressed);
          if (anyVisible) expect((residual > 0 && residual < k) || (hiddenSizes.length === 1 && residual === hiddenSizes[0])).toBe(false);
        }
      }),
    );
  });

  it('never lets k fall below 3', () => {
    expect(() => suppressGroups([tally(10, 5, 5)], tally(10, 5, 5), 2)).toThrow(RangeError);
  });
});

describe('suppressTotal', () => {
  it('hides the whole population under k people, or under k men or k women for a figure comparing them', () => {
    expect(suppressTotal(tally(4), 5)).toEqual({ suppressed: true, reason: 'small-group' });
    expect(suppressTotal(tally(5, 3, 2), 5)).toEqual({ suppressed: true, reason: 'small-sex-group' });
    expect(suppressTotal(tally(12, 4, 8), 5)).toEqual({ suppressed: true, reason: 'small-sex-group' });
    expect(suppressTotal(tally(10, 5, 5), 5)).toEqual({ suppressed: false, reason: null });
    expect(suppressTotal(tally(5), 5)).toEqual({ suppressed: false, reason: null });
  });
});
