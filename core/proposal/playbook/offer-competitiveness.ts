import { findingsMatching } from './conditions.ts';
import type { Recommendation } from './recommendation.ts';
import { towardRest } from './target-rules.ts';

/**
 * More competitive offers: learn why candidates decline, benchmark offers and make them fast, where fewer offers are accepted
 * than elsewhere. Target: half the gap to the rest within a quarter and a half.
 */
export const offerCompetitiveness: Recommendation = {
  id: 'offer-competitiveness',
  appliesWhen: (findings) => findingsMatching(findings, { metrics: ['offer_acceptance_rate'] }),
  title: 'playbook.offer-competitiveness.title',
  ask: 'playbook.offer-competitiveness.ask',
  cost: 'playbook.offer-competitiveness.cost',
  valueLink: 'playbook.offer-competitiveness.value-link',
  actions: ['playbook.offer-competitiveness.action.1', 'playbook.offer-competitiveness.action.2', 'playbook.offer-competitiveness.action.3'],
  target: { key: 'playbook.offer-competitiveness.target', value: towardRest(0.5), months: 5 },
  departmentGives: ['playbook.offer-competitiveness.department.1'],
  hrGives: ['playbook.offer-competitiveness.hr.1'],
  checkpoints: [
    { phase: 'plan', weeks: 2, step: 'playbook.offer-competitiveness.plan', metric: null },
    { phase: 'do', weeks: 4, step: 'playbook.offer-competitiveness.do', metric: 'time_to_hire' },
    { phase: 'check', weeks: 13, step: 'playbook.offer-competitiveness.check', metric: null },
    { phase: 'act', weeks: 15, step: 'playbook.offer-competitiveness.act', metric: null },
  ],
  risks: ['playbook.offer-competitiveness.risk.1'],
  numbers: { offerDays: { value: 2, format: 'days' } },
};
