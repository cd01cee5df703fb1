import { describe, expect, it } from 'vitest';
import { isActiveOn } from './is-active-on.ts';

describe('isActiveOn', () => {
  it('counts the hire day and the last day, not the day after', () => {
    expect([isActiveOn(10, 20, 10), isActiveOn(10, 20, 20), isActiveOn(10, 20, 21), isActiveOn(10, 20, 9)]).toEqual([true, true, false, false]);
  });

  it('reads a missing termination as still employed and a missing hire date as never active', () => {
    expect(isActiveOn(10, NaN, 10_000)).toBe(true);
    expect(isActiveOn(NaN, NaN, 10)).toBe(false);
  });
});
