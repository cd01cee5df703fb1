import { describe, expect, it } from 'vitest';
import { isoMonthEndAfter, isoPlusWeeks } from './dates.ts';

describe('dates', () => {
  it('adds weeks', () => {
    expect(isoPlusWeeks('2025-03-03', 2)).toBe('2025-03-17');
    expect(isoPlusWeeks('2025-12-29', 1)).toBe('2026-01-05');
  });

  it('lands on the month end a number of months later, across years and leap days', () => {
    expect(isoMonthEndAfter('2025-03-14', 6)).toBe('2025-09-30');
    expect(isoMonthEndAfter('2025-11-30', 3)).toBe('2026-02-28');
    expect(isoMonthEndAfter('2023-08-01', 6)).toBe('2024-02-29');
  });
});
