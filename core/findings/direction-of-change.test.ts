import { describe, expect, it } from 'vitest';
import { directionOfChange } from './direction-of-change.ts';

describe('directionOfChange', () => {
  it('down is good: a rise is worse, a fall better', () => {
    expect(directionOfChange(0.1, 0.15, 'down')).toBe('worse');
    expect(directionOfChange(0.1, 0.05, 'down')).toBe('better');
  });

  it('up is good: a rise is better, a fall worse', () => {
    expect(directionOfChange(0.1, 0.15, 'up')).toBe('better');
    expect(directionOfChange(0.1, 0.05, 'up')).toBe('worse');
  });

  it('toward zero is good for a signed gap, on either side of zero', () => {
    // Pay gap −2.1% → −3.0%: women paid more, and more so — further from 0, so worse (it fell, which 'down' called better).
    expect(directionOfChange(-0.021, -0.03, 'toward-zero')).toBe('worse');
    expect(directionOfChange(-0.03, -0.021, 'toward-zero')).toBe('better');
    expect(directionOfChange(0.05, 0.02, 'toward-zero')).toBe('better');
    expect(directionOfChange(0.02, 0.05, 'toward-zero')).toBe('worse');
    // Crossing zero: +3% → −2% is 1 point closer to 0; +2% → −2% is as far.
    expect(directionOfChange(0.03, -0.02, 'toward-zero')).toBe('better');
    expect(directionOfChange(0.02, -0.02, 'toward-zero')).toBe('neutral');
  });

  it('neutral metrics and no change are neutral', () => {
    expect(directionOfChange(1, 4, 'neutral')).toBe('neutral');
    expect(directionOfChange(0.1, 0.1, 'down')).toBe('neutral');
    expect(directionOfChange(0.1, NaN, 'up')).toBe('neutral');
    expect(directionOfChange(NaN, 0.1, 'toward-zero')).toBe('neutral');
  });
});
