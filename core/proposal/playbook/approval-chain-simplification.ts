import { findingsMatching } from './conditions.ts';
import type { Recommendation } from './recommendation.ts';
import { towardRest } from './target-rules.ts';

/**
 * A shorter approval chain: routine requisitions approved by the department head and the HRBP only, with a deadline per step,
 * where approvals take longer than elsewhere (the seed case: five sign-offs cut to two).
 */
export const approvalChainSimplification: Recommendation = {
  id: 'approval-chain-simplification',
  appliesWhen: (findings) => findingsMatching(findings, { metrics: ['approval_cycle_time'] }),
  title: 'playbook.approval-chain-simplification.title',
  ask: 'playbook.approval-chain-simplification.ask',
  cost: 'playbook.approval-chain-simplification.cost',
  valueLink: 'playbook.approval-chain-simplification.value-link',
  actions: [
    'playbook.approval-chain-simplification.action.1',
    'playbook.approval-chain-simplification.action.2',
    'playbook.approval-chain-simplification.action.3',
  ],
  target: { key: 'playbook.approval-chain-simplification.target', value: towardRest(0.5), months: 4 },
  departmentGives: ['playbook.approval-chain-simplification.department.1'],
  hrGives: ['playbook.approval-chain-simplification.hr.1'],
  checkpoints: [
    { phase: 'plan', weeks: 2, step: 'playbook.approval-chain-simplification.plan', metric: null },
    { phase: 'do', weeks: 5, step: 'playbook.approval-chain-simplification.do', metric: null },
    { phase: 'check', weeks: 13, step: 'playbook.approval-chain-simplification.check', metric: null },
    { phase: 'act', weeks: 15, step: 'playbook.approval-chain-simplification.act', metric: null },
  ],
  risks: ['playbook.approval-chain-simplification.risk.1'],
  numbers: { approvalDays: { value: 2, format: 'days' } },
};
