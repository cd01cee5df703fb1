import type { Finding } from '../../findings/finding.ts';
import { findingsMatching, type FindingCondition } from './conditions.ts';
import type { PlaybookContext, Recommendation } from './recommendation.ts';
import { fixedLevel } from './target-rules.ts';

/** The market median in each pay metric's terms: a compa-ratio (a group's or its leavers') of 1.00, the 50th pay percentile. */
const marketMedianLevel: Readonly<Record<string, number>> = { compa_ratio: 1, leaver_compa_ratio: 1, pay_percentile: 0.5 };

/**
 * Whether a pay finding's group is paid below the market median and below those it is compared with: compa-ratio and pay
 * percentile are neutral metrics (pay above market is no better), so their findings carry no "worse" to go by.
 * @example isBelowMarket(rdCompaRatioFinding, context) // true for R&D at 0.92 against 1.00 for the rest
 */
function isBelowMarket(finding: Finding, context: PlaybookContext): boolean {
  const item = context.evidence.get(finding.evidenceIds[0]);
  if (!item || item.value === null) return false;
  return item.value < (marketMedianLevel[finding.metric] ?? 1) && (item.restValue === null || item.value < item.restValue);
}

/**
 * Pay to market median for a band: raise everyone below the market median up to it, where a group is paid significantly below
 * market and the rest, or its leavers were paid significantly below market and below those who stayed. The group's own pay
 * comes first, so the target is set on what the raises move; the leavers' pay backs it. Target: the group's median at the
 * market median within nine months (two pay cycles at most).
 */
export const payToMarketMedian: Recommendation = {
  id: 'pay-to-market-median',
  appliesWhen: (findings, context) => {
    const below = (condition: FindingCondition) => (findingsMatching(findings, condition) ?? []).filter((finding) => isBelowMarket(finding, context));
    const matched = [
      ...below({ metrics: ['compa_ratio', 'pay_percentile'], directions: ['worse', 'neutral'], significant: true }),
      ...below({ metrics: ['leaver_compa_ratio'], significant: true }),
    ];
    return matched.length > 0 ? matched : null;
  },
  title: 'playbook.pay-to-market-median.title',
  ask: 'playbook.pay-to-market-median.ask',
  cost: 'playbook.pay-to-market-median.cost',
  valueLink: 'playbook.pay-to-market-median.value-link',
  actions: ['playbook.pay-to-market-median.action.1', 'playbook.pay-to-market-median.action.2', 'playbook.pay-to-market-median.action.3'],
  target: {
    key: 'playbook.pay-to-market-median.target',
    value: (evidence) => fixedLevel(marketMedianLevel[evidence.metric] ?? 1)(evidence),
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
