import { findingsMatching } from './conditions.ts';
import type { Recommendation } from './recommendation.ts';
import { recoveryTarget } from './target-rules.ts';

/**
 * Precise role profiles: agree each open role's value, must-haves and three-month success with the hiring manager, where the
 * hiring plan is behind or roles take long to fill (the seed case: a plan of fifty hires half done).
 */
export const preciseRoleProfiles: Recommendation = {
  id: 'precise-role-profiles',
  appliesWhen: (findings) => findingsMatching(findings, { metrics: ['hiring_plan_completion', 'time_to_fill'] }),
  title: 'playbook.precise-role-profiles.title',
  ask: 'playbook.precise-role-profiles.ask',
  cost: 'playbook.precise-role-profiles.cost',
  valueLink: 'playbook.precise-role-profiles.value-link',
  actions: ['playbook.precise-role-profiles.action.1', 'playbook.precise-role-profiles.action.2', 'playbook.precise-role-profiles.action.3'],
  target: { key: 'playbook.precise-role-profiles.target', value: recoveryTarget, months: 6 },
  departmentGives: ['playbook.precise-role-profiles.department.1'],
  hrGives: ['playbook.precise-role-profiles.hr.1'],
  checkpoints: [
    { phase: 'plan', weeks: 2, step: 'playbook.precise-role-profiles.plan', metric: null },
    { phase: 'do', weeks: 4, step: 'playbook.precise-role-profiles.do', metric: 'time_to_fill' },
    { phase: 'check', weeks: 10, step: 'playbook.precise-role-profiles.check', metric: null },
    { phase: 'act', weeks: 13, step: 'playbook.precise-role-profiles.act', metric: null },
  ],
  risks: ['playbook.precise-role-profiles.risk.1'],
  numbers: {},
};
