import { findingsMatchingAny } from './conditions.ts';
import type { Recommendation } from './recommendation.ts';
import { towardRest } from './target-rules.ts';

/**
 * Redesign or stop a training whose participants did no better than the comparison group, or whose effect cannot be shown
 * from the data: money and time go to what measurably helps. Target: a redesigned pilot at least matching the comparison group.
 */
export const trainingRedesignOrStop: Recommendation = {
  id: 'training-redesign-or-stop',
  appliesWhen: (findings) =>
    findingsMatchingAny(findings, [
      { metrics: ['training_effect'] },
      { metrics: ['training_effect'], directions: ['better', 'neutral'], significant: false },
    ]),
  title: 'playbook.training-redesign-or-stop.title',
  ask: 'playbook.training-redesign-or-stop.ask',
  cost: 'playbook.training-redesign-or-stop.cost',
  valueLink: 'playbook.training-redesign-or-stop.value-link',
  actions: [
    'playbook.training-redesign-or-stop.action.1',
    'playbook.training-redesign-or-stop.action.2',
    'playbook.training-redesign-or-stop.action.3',
  ],
  target: { key: 'playbook.training-redesign-or-stop.target', value: towardRest(1), months: 6 },
  departmentGives: ['playbook.training-redesign-or-stop.department.1'],
  hrGives: ['playbook.training-redesign-or-stop.hr.1'],
  checkpoints: [
    { phase: 'plan', weeks: 2, step: 'playbook.training-redesign-or-stop.plan', metric: null },
    { phase: 'do', weeks: 10, step: 'playbook.training-redesign-or-stop.do', metric: 'training_completion' },
    { phase: 'check', weeks: 22, step: 'playbook.training-redesign-or-stop.check', metric: null },
    { phase: 'act', weeks: 24, step: 'playbook.training-redesign-or-stop.act', metric: null },
  ],
  risks: ['playbook.training-redesign-or-stop.risk.1'],
  numbers: {},
};
