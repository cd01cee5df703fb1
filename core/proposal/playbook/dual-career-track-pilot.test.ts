import { describe, expect, it } from 'vitest';
import { dualCareerTrackPilot } from './dual-career-track-pilot.ts';
import { contextOf, signal } from './playbook-fixture.ts';

describe('dual-career-track-pilot', () => {
  it('answers a professional group leaving significantly more than the rest', () => {
    const { finding } = signal({ metric: 'turnover_rate', variant: 'voluntary' });
    expect(dualCareerTrackPilot.appliesWhen([finding], contextOf())).toEqual([finding]);
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
