import { describe, expect, it } from 'vitest';
import { normalCdf } from './normal-cdf.ts';

// Reference values: Abramowitz & Stegun, Handbook of Mathematical Functions, Table 26.1 (P(x) = Φ(x)).
describe('normalCdf', () => {
  it.each([
    [0, 0.5],
    [1, 0.8413447461],
    [1.96, 0.9750021048],
    [-1.96, 0.0249978952],
    [-3, 0.001349898032],
    [-5, 2.866515719e-7],
  ])('Φ(%f) = %f within 1.2e-7 relative', (x, expected) => {
    expect(Math.abs(normalCdf(x) - expected) / expected).toBeLessThan(1.2e-7);
  });

  it('gives the two-sided 5% critical value at 1.959964', () => {
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 7);
  });
});
