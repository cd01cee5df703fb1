import { describe, expect, it } from 'vitest';
import { adjustByFamily } from './adjust-by-family.ts';

describe('adjustByFamily', () => {
  it('corrects within each family only', () => {
    // Family a: m = 2, q = (0.02, 0.04); family b alone keeps 0.03.
    const q = adjustByFamily([0.01, 0.04, 0.03, null], ['a', 'a', 'b', 'a']);
    expect(q[0]).toBeCloseTo(0.02, 10);
    expect(q[1]).toBeCloseTo(0.04, 10);
    expect(q[2]).toBeCloseTo(0.03, 10);
    expect(q[3]).toBeNull();
  });

  it('empty in, empty out', () => {
    expect(adjustByFamily([], [])).toEqual([]);
  });
});
