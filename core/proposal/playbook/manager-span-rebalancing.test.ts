import { describe, expect, it } from 'vitest';
import { managerSpanRebalancing } from './manager-span-rebalancing.ts';
import { contextOf, signal } from './playbook-fixture.ts';

describe('manager-span-rebalancing', () => {
  it('answers managers leading far more people than the rest', () => {
    const { finding } = signal({ metric: 'span_of_control', value: 14, restValue: 7, unit: 'per-manager', better: 'neutral', direction: 'neutral' });
    expect(managerSpanRebalancing.appliesWhen([finding], contextOf())).toEqual([finding]);
  });

  it('does not act on a change over time alone', () => {
    const { finding } = signal({ metric: 'span_of_control', value: 14, unit: 'per-manager', better: 'neutral', kind: 'period-change' });
    expect(managerSpanRebalancing.appliesWhen([finding], contextOf())).toBeNull();
  });

  it('moves halfway to the rest, in half steps', () => {
    expect(managerSpanRebalancing.target.value(signal({ metric: 'span_of_control', value: 14, restValue: 7, unit: 'per-manager', better: 'neutral' }).evidence)).toBe(10.5);
  });
});
