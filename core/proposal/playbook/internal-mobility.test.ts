import { describe, expect, it } from 'vitest';
import { internalMobility } from './internal-mobility.ts';
import { contextOf, signal } from './playbook-fixture.ts';

describe('internal-mobility', () => {
  it('answers a department that both loses people and struggles to hire, leaving first', () => {
    const leaving = signal({ metric: 'turnover_rate', variant: 'voluntary', department: 'R&D', score: 1 }).finding;
    const hiring = signal({ metric: 'time_to_fill', unit: 'days', value: 62, restValue: 40, department: 'R&D', score: 2 }).finding;
    expect(internalMobility.appliesWhen([hiring, leaving], contextOf())).toEqual([leaving, hiring]);
  });

  it('does not pair one department’s leavers with another’s vacancies', () => {
    const leaving = signal({ metric: 'turnover_rate', variant: 'voluntary', department: 'R&D' }).finding;
    const hiring = signal({ metric: 'hiring_plan_completion', value: 0.5, better: 'up', department: 'Sales' }).finding;
    expect(internalMobility.appliesWhen([leaving, hiring], contextOf())).toBeNull();
  });

  it('aims halfway to the rest on the leaving finding', () => {
    expect(internalMobility.target.value(signal({ metric: 'turnover_rate', value: 0.22, restValue: 0.1 }).evidence)).toBe(0.16);
  });
});
