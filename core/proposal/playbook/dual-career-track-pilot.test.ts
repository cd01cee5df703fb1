import { describe, expect, it } from 'vitest';
import { dualCareerTrackPilot } from './dual-career-track-pilot.ts';
import { contextOf, signal } from './playbook-fixture.ts';

describe('dual-career-track-pilot', () => {
  it('answers a professional group leaving significantly more than the rest', () => {
    const { finding } = signal({ metric: 'turnover_rate', variant: 'voluntary' });
    expect(dualCareerTrackPilot.appliesWhen([finding], contextOf())).toEqual([finding]);
  });

  it('takes leavers citing career path more than elsewhere as backing, never as the reason to act alone', () => {
    const leaving = signal({ metric: 'turnover_rate', variant: 'voluntary', score: 2 }).finding;
    const careerPath = signal({ metric: 'exit_reason_share', variant: 'Career path', value: 0.5, restValue: 0.24, better: 'neutral', direction: 'neutral', score: 5 });
    const relocation = signal({ metric: 'exit_reason_share', variant: 'Relocation', value: 0.3, restValue: 0.1, better: 'neutral', direction: 'neutral' });
    expect(dualCareerTrackPilot.appliesWhen([careerPath.finding, relocation.finding, leaving], contextOf())).toEqual([leaving, careerPath.finding]);
    expect(dualCareerTrackPilot.appliesWhen([careerPath.finding], contextOf())).toBeNull();
    const salesCareerPath = signal({ metric: 'exit_reason_share', variant: 'Career path', department: 'Sales', better: 'neutral', direction: 'neutral' });
    expect(dualCareerTrackPilot.appliesWhen([leaving, salesCareerPath.finding], contextOf())).toEqual([leaving]);
  });

  it('waits for a significant gap, and leaves involuntary exits to other plays', () => {
    const thin = signal({ metric: 'turnover_rate', variant: 'voluntary', significant: false }).finding;
    const involuntary = signal({ metric: 'turnover_rate', variant: 'involuntary' }).finding;
    expect(dualCareerTrackPilot.appliesWhen([thin, involuntary], contextOf())).toBeNull();
  });

  it('aims to close half the gap to the rest', () => {
    const { evidence } = signal({ metric: 'turnover_rate', variant: 'voluntary', value: 0.18, restValue: 0.1 });
    expect(dualCareerTrackPilot.target.value(evidence)).toBe(0.14);
  });
});
