import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../table/day.ts';
import { workingDaysBetween } from './working-days-between.ts';

const between = (from: string, to: string) => workingDaysBetween(dayFromIso(from), dayFromIso(to));

describe('workingDaysBetween', () => {
  it('counts Monday to Friday, both ends included', () => {
    expect(between('2025-01-06', '2025-01-19')).toBe(10);
    expect(between('2025-01-10', '2025-01-13')).toBe(2); // Friday, Saturday, Sunday, Monday
    expect(between('2025-01-11', '2025-01-12')).toBe(0); // a weekend
    expect(between('2025-01-01', '2025-12-31')).toBe(261);
  });

  it('gives 0 for a reversed or missing range', () => {
    expect(between('2025-01-10', '2025-01-09')).toBe(0);
    expect(workingDaysBetween(NaN, 5)).toBe(0);
  });

  it('handles days before 1970', () => {
    expect(between('1969-12-29', '1970-01-04')).toBe(5);
  });
});
