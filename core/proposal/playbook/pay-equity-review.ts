import type { Evidence } from '../../metrics/evidence.ts';
import { findingsMatching } from './conditions.ts';
import type { Recommendation } from './recommendation.ts';
import { roundTarget } from './target-rules.ts';

/** Half the gap within a year: a correction budget spread over two pay reviews, whichever side of zero the gap is. */
function halveGap(evidence: Evidence & { value: number }): number {
  return roundTarget({ unit: evidence.unit, direction: 'neutral' }, evidence.value / 2);
}

/**
 * Pay equity review: compare pay level by level, explain or correct what remains, where a pay gap between groups passed its
 * test. Target: the gap halved within a year.
 */
export const payEquityReview: Recommendation = {
  id: 'pay-equity-review',
  appliesWhen: (findings) => findingsMatching(findings, { metrics: ['pay_gap'], directions: ['worse', 'neutral'], significant: true }),
  title: 'playbook.pay-equity-review.title',
  ask: 'playbook.pay-equity-review.ask',
  cost: 'playbook.pay-equity-review.cost',
  valueLink: 'playbook.pay-equity-review.value-link',
  actions: ['playbook.pay-equity-review.action.1', 'playbook.pay-equity-review.action.2', 'playbook.pay-equity-review.action.3'],
  target: { key: 'playbook.pay-equity-review.target', value: halveGap, months: 12 },
  departmentGives: ['playbook.pay-equity-review.department.1'],
  hrGives: ['playbook.pay-equity-review.hr.1'],
  checkpoints: [
    { phase: 'plan', weeks: 4, step: 'playbook.pay-equity-review.plan', metric: null },
    { phase: 'do', weeks: 10, step: 'playbook.pay-equity-review.do', metric: null },
    { phase: 'check', weeks: 26, step: 'playbook.pay-equity-review.check', metric: null },
    { phase: 'act', weeks: 52, step: 'playbook.pay-equity-review.act', metric: null },
  ],
  risks: ['playbook.pay-equity-review.risk.1'],
  numbers: {},
};
