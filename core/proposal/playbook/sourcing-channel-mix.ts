import { findingsMatchingAny } from './conditions.ts';
import type { Recommendation } from './recommendation.ts';
import { recoveryTarget } from './target-rules.ts';

/**
 * Sourcing channel mix by yield: move spend to the channels whose candidates get hired and perform, where hiring costs more than
 * elsewhere, where a channel stands out, or where the hiring plan is significantly behind.
 */
export const sourcingChannelMix: Recommendation = {
  id: 'sourcing-channel-mix',
  appliesWhen: (findings) =>
    findingsMatchingAny(findings, [
      { metrics: ['cost_per_hire'] },
      { metrics: ['hiring_plan_completion'], significant: true },
      { metrics: ['time_to_fill', 'time_to_hire', 'quality_of_hire'], segmentFields: ['recruitmentSource'] },
    ]),
  title: 'playbook.sourcing-channel-mix.title',
  ask: 'playbook.sourcing-channel-mix.ask',
  cost: 'playbook.sourcing-channel-mix.cost',
  valueLink: 'playbook.sourcing-channel-mix.value-link',
  actions: ['playbook.sourcing-channel-mix.action.1', 'playbook.sourcing-channel-mix.action.2', 'playbook.sourcing-channel-mix.action.3'],
  target: { key: 'playbook.sourcing-channel-mix.target', value: recoveryTarget, months: 6 },
  departmentGives: ['playbook.sourcing-channel-mix.department.1'],
  hrGives: ['playbook.sourcing-channel-mix.hr.1'],
  checkpoints: [
    { phase: 'plan', weeks: 3, step: 'playbook.sourcing-channel-mix.plan', metric: 'cost_per_hire' },
    { phase: 'do', weeks: 5, step: 'playbook.sourcing-channel-mix.do', metric: 'cost_per_hire' },
    { phase: 'check', weeks: 13, step: 'playbook.sourcing-channel-mix.check', metric: null },
    { phase: 'act', weeks: 14, step: 'playbook.sourcing-channel-mix.act', metric: null },
  ],
  risks: ['playbook.sourcing-channel-mix.risk.1'],
  numbers: {},
};
