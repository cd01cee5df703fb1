import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../table/day.ts';
import { monthIndex } from './month-index.ts';

describe('monthIndex', () => {
  it('counts months on one axis across years', () => {
    expect(monthIndex(dayFromIso('2025-03-14')) - monthIndex(dayFromIso('2024-12-01'))).toBe(3);
    expect(monthIndex(dayFromIso('2025-01-31'))).toBe(2025 * 12);
  });

  it('gives NaN for NaN', () => {
    expect(monthIndex(NaN)).toBeNaN();
  });
});
