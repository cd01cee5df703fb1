import { describe, expect, it } from 'vitest';
import { contextOf, signal } from './playbook-fixture.ts';
import { preciseRoleProfiles } from './precise-role-profiles.ts';

describe('precise-role-profiles', () => {
  it('answers a hiring plan behind or roles slow to fill', () => {
    const plan = signal({ metric: 'hiring_plan_completion', value: 0.5, restValue: 0.86, better: 'up', score: 2 }).finding;
    const slow = signal({ metric: 'time_to_fill', value: 62, restValue: 41, unit: 'days', score: 1 }).finding;
    expect(preciseRoleProfiles.appliesWhen([slow, plan], contextOf())).toEqual([plan, slow]);
  });

  it('does not answer turnover', () => {
    expect(preciseRoleProfiles.appliesWhen([signal({ metric: 'turnover_rate' }).finding], contextOf())).toBeNull();
  });

  it('raises plan completion to the recovery level and halves a fill-time gap', () => {
    expect(preciseRoleProfiles.target.value(signal({ metric: 'hiring_plan_completion', value: 0.5, restValue: 0.86, better: 'up' }).evidence)).toBe(0.9);
    expect(preciseRoleProfiles.target.value(signal({ metric: 'time_to_fill', value: 62, restValue: 41, unit: 'days' }).evidence)).toBe(51);
  });
});
