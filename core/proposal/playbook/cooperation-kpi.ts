import { findingsMatching } from './conditions.ts';
import type { Recommendation } from './recommendation.ts';
import { recoveryTarget } from './target-rules.ts';

/**
 * Cooperation KPI for department heads: interview feedback and approvals within SLA weighted 10–15% of the head's objectives
 * (the practitioners' range: enough to count, not enough to crowd out business goals), where a department lags on them.
 */
export const cooperationKpi: Recommendation = {
  id: 'cooperation-kpi',
  appliesWhen: (findings) => findingsMatching(findings, { metrics: ['interview_feedback_sla', 'approval_cycle_time', 'cooperation_sla'] }),
  title: 'playbook.cooperation-kpi.title',
  ask: 'playbook.cooperation-kpi.ask',
  cost: 'playbook.cooperation-kpi.cost',
  valueLink: 'playbook.cooperation-kpi.value-link',
  actions: ['playbook.cooperation-kpi.action.1', 'playbook.cooperation-kpi.action.2', 'playbook.cooperation-kpi.action.3'],
  target: { key: 'playbook.cooperation-kpi.target', value: recoveryTarget, months: 6 },
  departmentGives: ['playbook.cooperation-kpi.department.1'],
  hrGives: ['playbook.cooperation-kpi.hr.1'],
  checkpoints: [
    { phase: 'plan', weeks: 4, step: 'playbook.cooperation-kpi.plan', metric: null },
    { phase: 'do', weeks: 8, step: 'playbook.cooperation-kpi.do', metric: 'cooperation_sla' },
    { phase: 'check', weeks: 13, step: 'playbook.cooperation-kpi.check', metric: null },
    { phase: 'act', weeks: 26, step: 'playbook.cooperation-kpi.act', metric: null },
  ],
  risks: ['playbook.cooperation-kpi.risk.1'],
  numbers: { weightLow: { value: 0.1, format: 'percent' }, weightHigh: { value: 0.15, format: 'percent' } },
};
