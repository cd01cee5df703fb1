import { findingsMatching } from './conditions.ts';
import type { Recommendation } from './recommendation.ts';
import { fixedLevel } from './target-rules.ts';

/** A compa-ratio of 1.00 is pay at the market midpoint; a pay percentile of 0.5 is the market median. */
const marketMedian = { compa_ratio: fixedLevel(1), pay_percentile: fixedLevel(0.5) } as const;

/**
 * Pay to market median for a band: raise everyone below the market median up to it, where a group is paid significantly below
 * market. Target: the group's median at the market median within nine months (two pay cycles at most).
 */
export const payToMarketMedian: Recommendation = {
  id: 'pay-to-market-median',
  appliesWhen: (findings) => findingsMatching(findings, { metrics: ['compa_ratio', 'pay_percentile'], significant: true }),
  title: 'playbook.pay-to-market-median.title',
  ask: 'playbook.pay-to-market-median.ask',
  cost: 'playbook.pay-to-market-median.cost',
  valueLink: 'playbook.pay-to-market-median.value-link',
  actions: ['playbook.pay-to-market-median.action.1', 'playbook.pay-to-market-median.action.2', 'playbook.pay-to-market-median.action.3'],
  target: {
    key: 'playbook.pay-to-market-median.target',
    value: (evidence) => (evidence.metric === 'pay_percentile' ? marketMedian.pay_percentile : marketMedian.compa_ratio)(evidence),
    months: 9,
  },
  departmentGives: ['playbook.pay-to-market-median.department.1'],
  hrGives: ['playbook.pay-to-market-median.hr.1'],
  checkpoints: [
    { phase: 'plan', weeks: 4, step: 'playbook.pay-to-market-median.plan', metric: null },
    { phase: 'do', weeks: 10, step: 'playbook.pay-to-market-median.do', metric: null },
    { phase: 'check', weeks: 26, step: 'playbook.pay-to-market-median.check', metric: 'turnover_rate' },
    { phase: 'act', weeks: 39, step: 'playbook.pay-to-market-median.act', metric: null },
  ],
  risks: ['playbook.pay-to-market-median.risk.1', 'playbook.pay-to-market-median.risk.2'],
  numbers: {},
};
