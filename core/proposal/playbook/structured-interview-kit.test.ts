import { describe, expect, it } from 'vitest';
import { contextOf, signal } from './playbook-fixture.ts';
import { structuredInterviewKit } from './structured-interview-kit.ts';

describe('structured-interview-kit', () => {
  it('answers fewer hires meeting expectations at three months', () => {
    const { finding } = signal({ metric: 'quality_of_hire', value: 0.6, restValue: 0.8, better: 'up' });
    expect(structuredInterviewKit.appliesWhen([finding], contextOf())).toEqual([finding]);
  });

  it('does not answer a better quality of hire', () => {
    const { finding } = signal({ metric: 'quality_of_hire', value: 0.9, restValue: 0.8, better: 'up', direction: 'better' });
    expect(structuredInterviewKit.appliesWhen([finding], contextOf())).toBeNull();
  });

  it('aims halfway to the rest', () => {
    expect(structuredInterviewKit.target.value(signal({ metric: 'quality_of_hire', value: 0.6, restValue: 0.8, better: 'up' }).evidence)).toBe(0.7);
  });
});
