import { describe, expect, it } from 'vitest';
import { tieCorrection } from './tie-correction.ts';

describe('tieCorrection', () => {
  it('sums t³ − t over the runs of ties', () => {
    // Runs of 3 and 2: (27 − 3) + (8 − 2) = 30.
    expect(tieCorrection([1, 2, 2, 2, 3, 5, 5])).toBe(30);
    expect(tieCorrection([1, 2, 3])).toBe(0);
    expect(tieCorrection([])).toBe(0);
  });
});
