import { describe, expect, it } from 'vitest';
import { rateTally } from './rate-tally.ts';
import { splitSlots } from './split-slots.ts';

describe('splitSlots and rateTally', () => {
  it('puts slots 0…G−1 in groups and slot G in the total, with NaN for an empty denominator', () => {
    const numerators = [1, 0, 3];
    const denominators = [4, 0, 10];
    const { total, groups } = splitSlots(2, (slot) => rateTally(numerators[slot], denominators[slot], denominators[slot]));
    expect(total).toEqual({ numerator: 3, denominator: 10, n: 10, value: 0.3 });
    expect(groups[0].value).toBe(0.25);
    expect(groups[1].value).toBeNaN();
  });
});
