import { describe, expect, it } from 'vitest';
import { medianTallies } from './median-tallies.ts';
import { quantileTallies } from './quantile-tallies.ts';

describe('quantileTallies', () => {
  it('re-reads each sample at the quantile, type 7', () => {
    // 1…10: h = 9 · 0.9 = 8.1 → 9 + 0.1 · (10 − 9) = 9.1; group A = 1…5: h = 3.6 → 4.6.
    const perRow = Float64Array.from({ length: 10 }, (_, i) => i + 1);
    const grouping = { field: 'department', codes: Int32Array.from({ length: 10 }, (_, i) => (i < 5 ? 0 : 1)), labels: ['A', 'B'] };
    const p90 = quantileTallies(medianTallies(perRow, grouping), 0.9);
    expect(p90.total.value).toBeCloseTo(9.1, 12);
    expect(p90.groups[0].value).toBeCloseTo(4.6, 12);
    expect(p90.total.n).toBe(10);
  });

  it('gives NaN for an empty sample', () => {
    expect(quantileTallies(medianTallies(new Float64Array(0), null), 0.9).total.value).toBeNaN();
  });
});
