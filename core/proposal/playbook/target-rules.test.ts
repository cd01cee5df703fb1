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
    expect(keepLevel(rate(0.042, null, 'up'))).toBe(0.042);
  });

  it('rounds a share to 0.1 point below 10% and to whole points above', () => {
    expect(roundTarget({ unit: 'ratio', direction: 'down' }, 0.0085)).toBe(0.008);
    expect(roundTarget({ unit: 'ratio', direction: 'down' }, 0.0875)).toBe(0.087);
    expect(roundTarget({ unit: 'ratio', direction: 'down' }, 0.1565)).toBe(0.15);
    expect(roundTarget({ unit: 'ratio', direction: 'up' }, 0.0412)).toBe(0.042);
    // a compa-ratio is a multiple written with 2 decimals, whatever its size
    expect(roundTarget({ unit: 'ratio', direction: 'up', metric: 'compa_ratio' }, 0.0412)).toBe(0.05);
  });

  it('sets a realistic improvement on a small share, never zero', () => {
    // 1.0% now, 0.7% for the rest: halfway is 0.85%, written 0.8% (it was floored to 0% of whole points)
    expect(towardRest(0.5)(rate(0.01, 0.007))).toBe(0.008);
    // 17.3% now, 14.0% for the rest: halfway is 15.65%, whole points above 10%: 15%
    expect(towardRest(0.5)(rate(0.173, 0.14))).toBe(0.15);
    // 17.3% now, no better rest: a quarter lower is 12.975%: 12%
    expect(towardRest(0.5)(rate(0.173, null))).toBe(0.12);
    // 10.5% now, 7.0% for the rest: halfway is 8.75%, below 10% so to 0.1 point: 8.7%
    expect(towardRest(0.5)(rate(0.105, 0.07))).toBe(0.087);
    // 0.16% now, 0.01% for the rest: halfway 0.085% floors to 0.0%, so the next written step better than today: 0.1%
    expect(towardRest(0.5)(rate(0.0016, 0.0001))).toBe(0.001);
    // 0.06% now (written 0.1%): no written value lies between today and zero, so the target holds today's value
    expect(towardRest(0.5)(rate(0.0006, 0))).toBe(0.0006);
  });

  it('never rounds a target onto the current value as written, nor past it', () => {
    // 1.04% now, 1.00% for the rest: halfway 1.02% would read 1.0%, today's figure, so one step better: 0.9%
    expect(towardRest(0.5)(rate(0.0104, 0.01))).toBe(0.009);
    expect(roundTarget({ unit: 'ratio', direction: 'down', value: 0.0104 }, 0.0102)).toBe(0.009);
    // 0.96% now: 1.0% is today's figure as written, a target of 0.9% is one step better
    expect(roundTarget({ unit: 'ratio', direction: 'down', value: 0.0096 }, 0.0095)).toBe(0.009);
    // raising a share: 41.2% now, 41.4% asked, whole points up: 42%; 41.96% now, 41.98% asked: 42.0% reads as today, so the next written step, 42.1%
    expect(roundTarget({ unit: 'ratio', direction: 'up', value: 0.412 }, 0.414)).toBe(0.42);
    expect(roundTarget({ unit: 'ratio', direction: 'up', value: 0.4196 }, 0.4198)).toBe(0.421);
    // 99.3% now, 99.9% for the rest: halfway 99.6% rounds up to 100% of whole points, so 0.1 point instead: 99.6%
    expect(towardRest(0.5)(rate(0.993, 0.999, 'up'))).toBe(0.996);
    // a day now, half a day for the rest: 0 days is no target and nothing lies between, so hold a day
    expect(roundTarget({ unit: 'days', direction: 'down', value: 1 }, 0.75)).toBe(1);
    expect(roundTarget({ unit: 'days', direction: 'down', value: 3 }, 2.5)).toBe(2);
  });
});
