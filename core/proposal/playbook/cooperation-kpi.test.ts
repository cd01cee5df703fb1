import { describe, expect, it } from 'vitest';
import { cooperationKpi } from './cooperation-kpi.ts';
import { contextOf, signal } from './playbook-fixture.ts';

describe('cooperation-kpi', () => {
  it('answers a department lagging on feedback or approvals', () => {
    const feedback = signal({ metric: 'interview_feedback_sla', value: 0.55, restValue: 0.9, better: 'up', score: 2 }).finding;
    const approvals = signal({ metric: 'approval_cycle_time', value: 9, restValue: 3, unit: 'days', score: 1 }).finding;
    expect(cooperationKpi.appliesWhen([approvals, feedback], contextOf())).toEqual([feedback, approvals]);
  });

  it('does not answer a department doing better than the rest', () => {
    const { finding } = signal({ metric: 'cooperation_sla', value: 0.95, restValue: 0.8, better: 'up', direction: 'better' });
    expect(cooperationKpi.appliesWhen([finding], contextOf())).toBeNull();
  });

  it('weights the KPI at 10–15% of the head’s objectives', () => {
    expect(cooperationKpi.numbers).toEqual({ weightLow: { value: 0.1, format: 'percent' }, weightHigh: { value: 0.15, format: 'percent' } });
  });
});
