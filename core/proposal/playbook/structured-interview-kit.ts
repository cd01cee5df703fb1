import { findingsMatching } from './conditions.ts';
import type { Recommendation } from './recommendation.ts';
import { towardRest } from './target-rules.ts';

/**
 * Structured interview kit: question banks with scoring guides and trained interviewers, where fewer hires meet expectations
 * at three months or hiring decisions take long. Target: half the gap to the rest within two quarters.
 */
export const structuredInterviewKit: Recommendation = {
  id: 'structured-interview-kit',
  appliesWhen: (findings) => findingsMatching(findings, { metrics: ['quality_of_hire', 'time_to_hire'] }),
  title: 'playbook.structured-interview-kit.title',
  ask: 'playbook.structured-interview-kit.ask',
  cost: 'playbook.structured-interview-kit.cost',
  valueLink: 'playbook.structured-interview-kit.value-link',
  actions: [
    'playbook.structured-interview-kit.action.1',
    'playbook.structured-interview-kit.action.2',
    'playbook.structured-interview-kit.action.3',
  ],
  target: { key: 'playbook.structured-interview-kit.target', value: towardRest(0.5), months: 6 },
  departmentGives: ['playbook.structured-interview-kit.department.1'],
  hrGives: ['playbook.structured-interview-kit.hr.1'],
  checkpoints: [
    { phase: 'plan', weeks: 3, step: 'playbook.structured-interview-kit.plan', metric: null },
    { phase: 'do', weeks: 6, step: 'playbook.structured-interview-kit.do', metric: 'time_to_hire' },
    { phase: 'check', weeks: 20, step: 'playbook.structured-interview-kit.check', metric: 'quality_of_hire' },
    { phase: 'act', weeks: 24, step: 'playbook.structured-interview-kit.act', metric: null },
  ],
  risks: ['playbook.structured-interview-kit.risk.1'],
  numbers: {},
};
