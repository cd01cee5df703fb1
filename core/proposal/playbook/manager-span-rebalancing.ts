import { findingsMatching } from './conditions.ts';
import type { Recommendation } from './recommendation.ts';
import { towardRest } from './target-rules.ts';

/**
 * Rebalance managers' spans: split the widest teams under team leads and merge the narrowest, where managers lead far more or
 * far fewer people than the rest of the company. Target: half the distance to the rest within two quarters.
 */
export const managerSpanRebalancing: Recommendation = {
  id: 'manager-span-rebalancing',
  appliesWhen: (findings) => findingsMatching(findings, { metrics: ['span_of_control'], directions: ['worse', 'neutral'], kinds: ['segment-gap', 'off-target'] }),
  title: 'playbook.manager-span-rebalancing.title',
  ask: 'playbook.manager-span-rebalancing.ask',
  cost: 'playbook.manager-span-rebalancing.cost',
  valueLink: 'playbook.manager-span-rebalancing.value-link',
  actions: [
    'playbook.manager-span-rebalancing.action.1',
    'playbook.manager-span-rebalancing.action.2',
    'playbook.manager-span-rebalancing.action.3',
  ],
  target: { key: 'playbook.manager-span-rebalancing.target', value: towardRest(0.5), months: 6 },
  departmentGives: ['playbook.manager-span-rebalancing.department.1'],
  hrGives: ['playbook.manager-span-rebalancing.hr.1'],
  checkpoints: [
    { phase: 'plan', weeks: 4, step: 'playbook.manager-span-rebalancing.plan', metric: null },
    { phase: 'do', weeks: 10, step: 'playbook.manager-span-rebalancing.do', metric: null },
    { phase: 'check', weeks: 26, step: 'playbook.manager-span-rebalancing.check', metric: null },
    { phase: 'act', weeks: 28, step: 'playbook.manager-span-rebalancing.act', metric: null },
  ],
  risks: ['playbook.manager-span-rebalancing.risk.1'],
  numbers: {},
};
