import { findingsMatching } from './conditions.ts';
import type { Recommendation } from './recommendation.ts';
import { towardRest } from './target-rules.ts';

/**
 * Onboarding programme for the first ninety days: a buddy, a written plan and check-ins, where new hires leave early more than
 * elsewhere. Low cost, so it applies even where the data is too thin to conclude.
 */
export const onboardingProgramme: Recommendation = {
  id: 'onboarding-programme',
  appliesWhen: (findings) => findingsMatching(findings, { metrics: ['early_attrition'] }),
  title: 'playbook.onboarding-programme.title',
  ask: 'playbook.onboarding-programme.ask',
  cost: 'playbook.onboarding-programme.cost',
  valueLink: 'playbook.onboarding-programme.value-link',
  actions: ['playbook.onboarding-programme.action.1', 'playbook.onboarding-programme.action.2', 'playbook.onboarding-programme.action.3'],
  target: { key: 'playbook.onboarding-programme.target', value: towardRest(0.5), months: 9 },
  departmentGives: ['playbook.onboarding-programme.department.1'],
  hrGives: ['playbook.onboarding-programme.hr.1'],
  checkpoints: [
    { phase: 'plan', weeks: 3, step: 'playbook.onboarding-programme.plan', metric: null },
    { phase: 'do', weeks: 5, step: 'playbook.onboarding-programme.do', metric: null },
    { phase: 'check', weeks: 18, step: 'playbook.onboarding-programme.check', metric: null },
    { phase: 'act', weeks: 20, step: 'playbook.onboarding-programme.act', metric: null },
  ],
  risks: ['playbook.onboarding-programme.risk.1'],
  numbers: { window: { value: 90, format: 'days' } },
};
