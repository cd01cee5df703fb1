import { describe, expect, it } from 'vitest';
import { interviewFeedbackSla } from './interview-feedback-sla.ts';
import { contextOf, signal } from './playbook-fixture.ts';

describe('interview-feedback-sla', () => {
  it('answers slow interview feedback, even on thin data', () => {
    const { finding } = signal({ metric: 'interview_feedback_sla', value: 0.55, restValue: 0.9, better: 'up', significant: false });
    expect(interviewFeedbackSla.appliesWhen([finding], contextOf())).toEqual([finding]);
  });

  it('does not answer slow approvals', () => {
    const { finding } = signal({ metric: 'approval_cycle_time', value: 9, restValue: 3, unit: 'days' });
    expect(interviewFeedbackSla.appliesWhen([finding], contextOf())).toBeNull();
  });

  it('takes the SLA from the editable assumption and aims for the recovery level', () => {
    expect(interviewFeedbackSla.numbers.slaDays).toEqual({ assumption: 'feedbackSlaDays' });
    expect(interviewFeedbackSla.target.value(signal({ metric: 'interview_feedback_sla', value: 0.55, restValue: 0.9, better: 'up' }).evidence)).toBe(0.9);
  });
});
