import { findingsMatching, hiringMetrics, leavingMetrics, leavingVariants } from './conditions.ts';
import type { Recommendation } from './recommendation.ts';
import { towardRest } from './target-rules.ts';

/**
 * Internal mobility first: post open roles inside before going outside, where one department both loses people and struggles
 * to hire — the roles it cannot fill are a future for the people it is losing. Answers the leaving finding first.
 */
export const internalMobility: Recommendation = {
  id: 'internal-mobility',
  appliesWhen: (findings) => {
    const leaving = findingsMatching(findings, { metrics: leavingMetrics, variants: leavingVariants }) ?? [];
    const hiring = findingsMatching(findings, { metrics: hiringMetrics }) ?? [];
    const departments = new Set(hiring.map((finding) => finding.department).filter((department) => department !== null));
    const matchedLeaving = leaving.filter((finding) => finding.department !== null && departments.has(finding.department));
    if (matchedLeaving.length === 0) return null;
    const matchedDepartments = new Set(matchedLeaving.map((finding) => finding.department));
    return [...matchedLeaving, ...hiring.filter((finding) => matchedDepartments.has(finding.department))];
  },
  title: 'playbook.internal-mobility.title',
  ask: 'playbook.internal-mobility.ask',
  cost: 'playbook.internal-mobility.cost',
  valueLink: 'playbook.internal-mobility.value-link',
  actions: ['playbook.internal-mobility.action.1', 'playbook.internal-mobility.action.2', 'playbook.internal-mobility.action.3'],
  target: { key: 'playbook.internal-mobility.target', value: towardRest(0.5), months: 12 },
  departmentGives: ['playbook.internal-mobility.department.1'],
  hrGives: ['playbook.internal-mobility.hr.1'],
  checkpoints: [
    { phase: 'plan', weeks: 2, step: 'playbook.internal-mobility.plan', metric: null },
    { phase: 'do', weeks: 4, step: 'playbook.internal-mobility.do', metric: 'time_to_fill' },
    { phase: 'check', weeks: 26, step: 'playbook.internal-mobility.check', metric: null },
    { phase: 'act', weeks: 28, step: 'playbook.internal-mobility.act', metric: null },
  ],
  risks: ['playbook.internal-mobility.risk.1'],
  numbers: { postingDays: { value: 10, format: 'days' } },
};
