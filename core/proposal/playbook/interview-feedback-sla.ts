import { findingsMatching } from './conditions.ts';
import type { Recommendation } from './recommendation.ts';
import { recoveryTarget } from './target-rules.ts';

/**
 * Interview feedback within the SLA (three days by default, an editable assumption): reminders, escalation and a weekly list of
 * late feedback, where interviewers are slow. No budget, so it applies even when the data is thin.
 */
export const interviewFeedbackSla: Recommendation = {
  id: 'interview-feedback-sla',
  appliesWhen: (findings) => findingsMatching(findings, { metrics: ['interview_feedback_sla'] }),
  title: 'playbook.interview-feedback-sla.title',
  ask: 'playbook.interview-feedback-sla.ask',
  cost: 'playbook.interview-feedback-sla.cost',
  valueLink: 'playbook.interview-feedback-sla.value-link',
  actions: ['playbook.interview-feedback-sla.action.1', 'playbook.interview-feedback-sla.action.2', 'playbook.interview-feedback-sla.action.3'],
  target: { key: 'playbook.interview-feedback-sla.target', value: recoveryTarget, months: 3 },
  departmentGives: ['playbook.interview-feedback-sla.department.1'],
  hrGives: ['playbook.interview-feedback-sla.hr.1'],
  checkpoints: [
    { phase: 'plan', weeks: 1, step: 'playbook.interview-feedback-sla.plan', metric: null },
    { phase: 'do', weeks: 2, step: 'playbook.interview-feedback-sla.do', metric: null },
    { phase: 'check', weeks: 6, step: 'playbook.interview-feedback-sla.check', metric: null },
    { phase: 'act', weeks: 8, step: 'playbook.interview-feedback-sla.act', metric: 'cooperation_sla' },
  ],
  risks: ['playbook.interview-feedback-sla.risk.1'],
  numbers: { slaDays: { assumption: 'feedbackSlaDays' }, reminderDays: { value: 1, format: 'days' } },
};
