import { describe, expect, it } from 'vitest';
import { signal } from './playbook-fixture.ts';
import { fixedLevel, keepLevel, recoveryTarget, roundTarget, towardRest } from './target-rules.ts';

const rate = (value: number, restValue: number | null, better: 'up' | 'down' = 'down') => signal({ metric: 'x', value, restValue, better }).evidence;

describe('target rules', () => {
  it('rounds in the favourable direction to the unit’s step', () => {
    expect(roundTarget({ unit: 'ratio', direction: 'down' }, 0.1372)).toBe(0.13);
    expect(roundTarget({ unit: 'ratio', direction: 'up' }, 0.7211)).toBe(0.73);
    expect(roundTarget({ unit: 'currency', direction: 'down' }, 7025)).toBe(7000);
    expect(roundTarget({ unit: 'per-manager', direction: 'neutral' }, 10.3)).toBe(10.5);
  });

  it('closes a share of the gap to a better rest, or asks for a relative step without one', () => {
    expect(towardRest(0.5)(rate(0.2, 0.1))).toBe(0.15);
    expect(towardRest(0.5)(rate(0.2, 0.3))).toBe(0.15);
    expect(towardRest(0.5)(rate(0.6, null, 'up'))).toBe(0.7);
  });

  it('sets a fixed level only when it is better than today', () => {
    expect(fixedLevel(0.9)(rate(0.55, 0.9, 'up'))).toBe(0.9);
    expect(fixedLevel(0.9)(rate(0.93, 0.97, 'up'))).toBe(0.95);
    expect(recoveryTarget(rate(0.5, 0.86, 'up'))).toBe(0.9);
    expect(recoveryTarget(rate(0.3, 0.1))).toBe(0.2);
    expect(keepLevel(rate(0.042, null, 'up'))).toBe(0.04);
  });
});
