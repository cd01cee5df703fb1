import { describe, expect, it } from 'vitest';
import { fisherExactTest } from './fisher-exact-test.ts';

describe('fisherExactTest', () => {
  it("gives 0.4857 on Fisher's tea-tasting table (R: fisher.test(TeaTasting))", () => {
    // Hand: P(k) = C(4,k)C(4,4−k)/70 = 1, 16, 36, 16, 1 over 70; tables no likelier than k = 3: (1+16+16+1)/70 = 34/70.
    expect(fisherExactTest(3, 1, 1, 3)).toBeCloseTo(34 / 70, 12);
  });

  it('gives 0.002759 on the dieting example (Wikipedia "Fisher\'s exact test"; R fisher.test)', () => {
    // [[1, 9], [11, 3]]: men/women dieting; R reports p-value = 0.002759.
    expect(fisherExactTest(1, 9, 11, 3)).toBeCloseTo(0.0027594562, 9);
  });

  it('gives 2/21 for 3 of 10 against 1 of 20 (hand-computed, R fisher.test agrees: 0.09524)', () => {
    // Margins 10/20 and 4/26, C(30,10) = 30045015; P(3) = 4·657800 = 2631200, P(4) = 230230 (over C(30,10));
    // P(0..2) are all larger, so p = (2631200 + 230230) / 30045015 = 2/21.
    expect(fisherExactTest(3, 7, 1, 19)).toBeCloseTo(2 / 21, 12);
  });

  it('is symmetric in rows and columns, and 1 when the table says nothing', () => {
    expect(fisherExactTest(1, 19, 3, 7)).toBeCloseTo(2 / 21, 12);
    expect(fisherExactTest(3, 1, 7, 19)).toBeCloseTo(2 / 21, 12);
    expect(fisherExactTest(0, 0, 0, 0)).toBe(1);
    expect(fisherExactTest(2, 2, 2, 2)).toBeCloseTo(1, 12);
  });

  it('refuses non-integer or negative counts', () => {
    expect(() => fisherExactTest(1.5, 2, 3, 4)).toThrow(RangeError);
    expect(() => fisherExactTest(-1, 2, 3, 4)).toThrow(RangeError);
  });
});
