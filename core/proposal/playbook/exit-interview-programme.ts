import { findingsMatchingAny, leavingMetrics, leavingVariants } from './conditions.ts';
import type { PlaybookContext, Recommendation } from './recommendation.ts';
import { towardRest } from './target-rules.ts';

/** Whether any evidence is broken down by reason for leaving (a reason segment or the reasons' shares): if so, reasons are already recorded. */
function hasLeavingReasons(context: PlaybookContext): boolean {
  for (const item of context.evidence.values()) if (item.segment?.field === 'terminationReason' || item.metric === 'exit_reason_share') return true;
  return false;
}

/**
 * Exit interview programme: a structured interview and a recorded reason for every leaver, where people leave more than
 * elsewhere (or new hires leave early) and the data holds no reasons for leaving to tell why.
 */
export const exitInterviewProgramme: Recommendation = {
  id: 'exit-interview-programme',
  appliesWhen: (findings, context) =>
    hasLeavingReasons(context)
      ? null
      : findingsMatchingAny(findings, [{ metrics: leavingMetrics, variants: leavingVariants }, { metrics: ['early_attrition'] }]),
  title: 'playbook.exit-interview-programme.title',
  ask: 'playbook.exit-interview-programme.ask',
  cost: 'playbook.exit-interview-programme.cost',
  valueLink: 'playbook.exit-interview-programme.value-link',
  actions: [
    'playbook.exit-interview-programme.action.1',
    'playbook.exit-interview-programme.action.2',
    'playbook.exit-interview-programme.action.3',
  ],
  target: { key: 'playbook.exit-interview-programme.target', value: towardRest(0.5), months: 9 },
  departmentGives: ['playbook.exit-interview-programme.department.1'],
  hrGives: ['playbook.exit-interview-programme.hr.1'],
  checkpoints: [
    { phase: 'plan', weeks: 1, step: 'playbook.exit-interview-programme.plan', metric: null },
    { phase: 'do', weeks: 2, step: 'playbook.exit-interview-programme.do', metric: null },
    { phase: 'check', weeks: 13, step: 'playbook.exit-interview-programme.check', metric: null },
    { phase: 'act', weeks: 14, step: 'playbook.exit-interview-programme.act', metric: null },
  ],
  risks: ['playbook.exit-interview-programme.risk.1'],
  numbers: {},
};
