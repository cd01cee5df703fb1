import { describe, expect, it } from 'vitest';
import { onboardingProgramme } from './onboarding-programme.ts';
import { contextOf, signal } from './playbook-fixture.ts';

describe('onboarding-programme', () => {
  it('answers new hires leaving early, at either window', () => {
    const quarter = signal({ metric: 'early_attrition', variant: null, score: 2 }).finding;
    const year = signal({ metric: 'early_attrition', variant: '1y', significant: false, score: 1 }).finding;
    expect(onboardingProgramme.appliesWhen([year, quarter], contextOf())).toEqual([quarter, year]);
  });

  it('does not answer turnover of established staff', () => {
    expect(onboardingProgramme.appliesWhen([signal({ metric: 'turnover_rate' }).finding], contextOf())).toBeNull();
  });

  it('aims halfway to the rest', () => {
    expect(onboardingProgramme.target.value(signal({ metric: 'early_attrition', variant: null, value: 0.24, restValue: 0.1 }).evidence)).toBe(0.17);
  });
});
