import { describe, expect, it } from 'vitest';
import { evidenceFixture } from '../../findings/evidence-fixture.ts';
import { exitInterviewProgramme } from './exit-interview-programme.ts';
import { contextOf, signal } from './playbook-fixture.ts';

describe('exit-interview-programme', () => {
  it('answers people leaving when the data records no reasons for leaving', () => {
    const leaving = signal({ metric: 'turnover_rate', variant: 'voluntary', score: 2 }).finding;
    const early = signal({ metric: 'early_attrition', variant: null, significant: false, score: 1 }).finding;
    expect(exitInterviewProgramme.appliesWhen([early, leaving], contextOf())).toEqual([leaving, early]);
  });

  it('does not apply where reasons for leaving are already recorded', () => {
    const { finding } = signal({ metric: 'turnover_rate', variant: 'voluntary' });
    const byReason = evidenceFixture({ metric: 'attrition_share', segment: { field: 'terminationReason', value: 'Career' }, value: 0.3 });
    expect(exitInterviewProgramme.appliesWhen([finding], contextOf([byReason]))).toBeNull();
    const reasonShare = evidenceFixture({ metric: 'exit_reason_share', variant: 'Career path', department: 'R&D', value: 0.5 });
    expect(exitInterviewProgramme.appliesWhen([finding], contextOf([reasonShare]))).toBeNull();
  });

  it('aims halfway to the rest', () => {
    expect(exitInterviewProgramme.target.value(signal({ metric: 'turnover_rate', value: 0.2, restValue: 0.1 }).evidence)).toBe(0.15);
  });
});
