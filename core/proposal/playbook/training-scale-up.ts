import { findingsMatching } from './conditions.ts';
import type { Recommendation } from './recommendation.ts';
import { keepLevel } from './target-rules.ts';

/**
 * Scale up a training whose participants moved the business metric significantly more than the comparison group (the seed case:
 * a sales training that lifted conversion). Target: hold the measured effect for the next participants.
 */
export const trainingScaleUp: Recommendation = {
  id: 'training-scale-up',
  appliesWhen: (findings) => findingsMatching(findings, { metrics: ['training_effect'], directions: ['better'], significant: true }),
  title: 'playbook.training-scale-up.title',
  ask: 'playbook.training-scale-up.ask',
  cost: 'playbook.training-scale-up.cost',
  valueLink: 'playbook.training-scale-up.value-link',
  actions: ['playbook.training-scale-up.action.1', 'playbook.training-scale-up.action.2', 'playbook.training-scale-up.action.3'],
  target: { key: 'playbook.training-scale-up.target', value: keepLevel, months: 6 },
  departmentGives: ['playbook.training-scale-up.department.1'],
  hrGives: ['playbook.training-scale-up.hr.1'],
  checkpoints: [
    { phase: 'plan', weeks: 3, step: 'playbook.training-scale-up.plan', metric: null },
    { phase: 'do', weeks: 8, step: 'playbook.training-scale-up.do', metric: 'training_completion' },
    { phase: 'check', weeks: 20, step: 'playbook.training-scale-up.check', metric: null },
    { phase: 'act', weeks: 24, step: 'playbook.training-scale-up.act', metric: null },
  ],
  risks: ['playbook.training-scale-up.risk.1'],
  numbers: {},
};
