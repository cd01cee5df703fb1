import { describe, expect, it } from 'vitest';
import { contextOf, signal } from './playbook-fixture.ts';
import { sourcingChannelMix } from './sourcing-channel-mix.ts';

describe('sourcing-channel-mix', () => {
  it('answers costly hiring, a channel that stands out, and a hiring plan significantly behind', () => {
    const cost = signal({ metric: 'cost_per_hire', value: 9000, restValue: 5000, unit: 'currency', score: 3 }).finding;
    const channel = signal({ metric: 'time_to_fill', unit: 'days', value: 70, restValue: 40, segment: { field: 'recruitmentSource', value: 'Job board' }, score: 2 }).finding;
    const plan = signal({ metric: 'hiring_plan_completion', value: 0.5, restValue: 0.86, better: 'up', score: 1 }).finding;
    expect(sourcingChannelMix.appliesWhen([plan, channel, cost], contextOf())).toEqual([cost, channel, plan]);
  });

  it('leaves an unconfirmed plan shortfall and a department’s slow fills to other plays', () => {
    const plan = signal({ metric: 'hiring_plan_completion', value: 0.7, better: 'up', significant: false }).finding;
    const slow = signal({ metric: 'time_to_fill', unit: 'days', value: 70, restValue: 40 }).finding;
    expect(sourcingChannelMix.appliesWhen([plan, slow], contextOf())).toBeNull();
  });

  it('halves a cost gap to the rest, rounded to a hundred', () => {
    expect(sourcingChannelMix.target.value(signal({ metric: 'cost_per_hire', value: 9000, restValue: 5050, unit: 'currency' }).evidence)).toBe(7000);
  });
});
