import { describe, expect, it } from 'vitest';
import { contextOf, signal } from './playbook-fixture.ts';
import { stayInterviews } from './stay-interviews.ts';

describe('stay-interviews', () => {
  it('answers any group leaving more than the rest, even on thin data', () => {
    const { finding } = signal({ metric: 'attrition_share', significant: false });
    expect(stayInterviews.appliesWhen([finding], contextOf())).toEqual([finding]);
  });

  it('does not answer a group leaving less', () => {
    const { finding } = signal({ metric: 'turnover_rate', variant: 'voluntary', direction: 'better' });
    expect(stayInterviews.appliesWhen([finding], contextOf())).toBeNull();
  });

  it('asks for a quarter better when there is no better comparison', () => {
    const { evidence } = signal({ metric: 'turnover_rate', value: 0.2, restValue: null });
    expect(stayInterviews.target.value(evidence)).toBe(0.15);
  });
});
