import { findingsMatching, leavingMetrics, leavingVariants } from './conditions.ts';
import type { Recommendation } from './recommendation.ts';
import { towardRest } from './target-rules.ts';

/**
 * Stay interviews: structured conversations with the people most likely to leave. Cheap and informative, so it applies to any
 * group leaving more than the rest, even where the data is too thin to conclude: the interviews are how HR learns more.
 */
export const stayInterviews: Recommendation = {
  id: 'stay-interviews',
  appliesWhen: (findings) => findingsMatching(findings, { metrics: leavingMetrics, variants: leavingVariants }),
  title: 'playbook.stay-interviews.title',
  ask: 'playbook.stay-interviews.ask',
  cost: 'playbook.stay-interviews.cost',
  valueLink: 'playbook.stay-interviews.value-link',
  actions: ['playbook.stay-interviews.action.1', 'playbook.stay-interviews.action.2', 'playbook.stay-interviews.action.3'],
  target: { key: 'playbook.stay-interviews.target', value: towardRest(0.5), months: 9 },
  departmentGives: ['playbook.stay-interviews.department.1'],
  hrGives: ['playbook.stay-interviews.hr.1'],
  checkpoints: [
    { phase: 'plan', weeks: 2, step: 'playbook.stay-interviews.plan', metric: null },
    { phase: 'do', weeks: 6, step: 'playbook.stay-interviews.do', metric: null },
    { phase: 'check', weeks: 13, step: 'playbook.stay-interviews.check', metric: null },
    { phase: 'act', weeks: 16, step: 'playbook.stay-interviews.act', metric: null },
  ],
  risks: ['playbook.stay-interviews.risk.1'],
  numbers: { window: { value: 30, format: 'days' } },
};
