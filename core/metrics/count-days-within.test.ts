import { describe, expect, it } from 'vitest';
import { countDaysWithin } from './count-days-within.ts';

describe('countDaysWithin', () => {
  const checkpoints = Float64Array.of(0, 30, 31, 59, 59);
  it('counts inclusive bounds and repeated days', () => {
    expect(countDaysWithin(checkpoints, 30, 59)).toBe(4);
    expect(countDaysWithin(checkpoints, 1, 29)).toBe(0);
    expect(countDaysWithin(checkpoints, 0, 0)).toBe(1);
  });

  it('treats a missing end as open and a missing start as never present', () => {
    expect(countDaysWithin(checkpoints, 31, NaN)).toBe(3);
    expect(countDaysWithin(checkpoints, NaN, NaN)).toBe(0);
  });
});
