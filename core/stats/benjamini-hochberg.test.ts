import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benjaminiHochberg } from './benjamini-hochberg.ts';

describe('benjaminiHochberg', () => {
  it("adjusts the 15 p-values of Benjamini & Hochberg's (1995) worked example", () => {
    // The paper's example (Neuhaus et al. 1992 trial): at FDR 0.05 the procedure rejects the 4 smallest.
    // Expected = R p.adjust(p, 'BH'), hand-checked: e.g. q₄ = min(15/4·0.0095, 15/5·0.0201, …) = 0.035625,
    // q₅ = min(3·0.0201, 2.5·0.0278, 15/7·0.0298 = 0.063857, 15/8·0.0344 = 0.0645, 15/9·0.0459 = 0.0765, …) = 0.0603.
    const p = [0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528, 0.759, 1];
    const expected = [
      0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.0638571, 0.0638571, 0.0645, 0.0765, 0.486, 0.5811818, 0.714875,
      0.7532308, 0.8132143, 1,
    ];
    const q = benjaminiHochberg(p) as number[];
    q.forEach((value, i) => expect(value).toBeCloseTo(expected[i], 6));
    expect(q.filter((value) => value <= 0.05)).toHaveLength(4);
  });

  it('keeps the input order and passes untested entries through', () => {
    // Tested: 0.01, 0.04, 0.03 (m = 3) → 3·0.01 = 0.03; 0.04 and 0.03 both → min(0.04, 1.5·0.03 = 0.045) = 0.04.
    const q = benjaminiHochberg([0.01, 0.04, null, 0.03, NaN]);
    expect(q[0]).toBeCloseTo(0.03, 12);
    expect(q[1]).toBeCloseTo(0.04, 12);
    expect(q[2]).toBeNull();
    expect(q[3]).toBeCloseTo(0.04, 12);
    expect(q[4]).toBeNaN();
    expect(benjaminiHochberg([])).toEqual([]);
  });

  it('never lowers a p-value, never exceeds 1, and keeps the order of the p-values', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }))), (p) => {
        const q = benjaminiHochberg(p);
        p.forEach((value, i) => {
          if (value === null) return expect(q[i]).toBeNull();
          expect(q[i]!).toBeGreaterThanOrEqual(value);
          expect(q[i]!).toBeLessThanOrEqual(1);
          p.forEach((other, j) => {
            if (other !== null && value < other) expect(q[i]!).toBeLessThanOrEqual(q[j]!);
          });
        });
      }),
    );
  });
});
