import { describe, expect, it } from 'vitest';
import { erfc } from './erfc.ts';

// Reference values: Abramowitz & Stegun, Handbook of Mathematical Functions, Table 7.1 (erf), erfc = 1 − erf.
describe('erfc', () => {
  it.each([
    [0, 1],
    [0.5, 0.4795001222],
    [1, 0.1572992071],
    [2, 0.004677734981],
    [3, 2.209049700e-5],
    [-1, 1.8427007929],
  ])('erfc(%f) = %f within 1.2e-7 relative', (x, expected) => {
    expect(Math.abs(erfc(x) - expected) / expected).toBeLessThan(1.2e-7);
  });

  it('returns NaN for NaN', () => {
    expect(erfc(NaN)).toBeNaN();
  });
});
