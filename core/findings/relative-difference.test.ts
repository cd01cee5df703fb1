import { describe, expect, it } from 'vitest';
import { relativeDifference } from './relative-difference.ts';

describe('relativeDifference', () => {
  it('(value − reference) ÷ |reference|', () => {
    expect(relativeDifference(0.18, 0.09)).toBeCloseTo(1, 10);
    expect(relativeDifference(0.5, 0.8)).toBeCloseTo(-0.375, 10);
    expect(relativeDifference(-1, -2)).toBeCloseTo(0.5, 10);
  });

  it('a zero reference counts any gap as ±100%', () => {
    expect(relativeDifference(0.2, 0)).toBe(1);
    expect(relativeDifference(-3, 0)).toBe(-1);
    expect(relativeDifference(0, 0)).toBe(0);
  });
});
