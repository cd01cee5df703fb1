import { describe, expect, it } from 'vitest';
import { directionOfChange } from './direction-of-change.ts';

describe('directionOfChange', () => {
  it('down is good: a rise is worse, a fall better', () => {
    expect(directionOfChange(0.05, 'down')).toBe('worse');
    expect(directionOfChange(-0.05, 'down')).toBe('better');
  });

  it('up is good: a rise is better, a fall worse', () => {
    expect(directionOfChange(0.05, 'up')).toBe('better');
    expect(directionOfChange(-0.05, 'up')).toBe('worse');
  });

  it('neutral metrics and no change are neutral', () => {
    expect(directionOfChange(3, 'neutral')).toBe('neutral');
    expect(directionOfChange(0, 'down')).toBe('neutral');
    expect(directionOfChange(NaN, 'up')).toBe('neutral');
  });
});
