import { findingsMatching, leavingMetrics, leavingVariants } from './conditions.ts';
import type { Recommendation } from './recommendation.ts';
import { towardRest } from './target-rules.ts';

/**
 * Dual career track pilot: expert levels beside manager levels, for a professional group whose people leave significantly more
 * than the rest (the seed case: core engineers who cannot grow without managing). Target: close half the gap within a year.
 */
export const dualCareerTrackPilot: Recommendation = {
  id: 'dual-career-track-pilot',
  appliesWhen: (findings) =>
    findingsMatching(findings, {
      metrics: leavingMetrics,
      variants: leavingVariants,
      significant: true,
      segmentFields: ['department', 'jobTitle', 'jobLevel'],
    }),
  title: 'playbook.dual-career-track-pilot.title',
  ask: 'playbook.dual-career-track-pilot.ask',
  cost: 'playbook.dual-career-track-pilot.cost',
  valueLink: 'playbook.dual-career-track-pilot.value-link',
  actions: [
    'playbook.dual-career-track-pilot.action.1',
    'playbook.dual-career-track-pilot.action.2',
    'playbook.dual-career-track-pilot.action.3',
  ],
  target: { key: 'playbook.dual-career-track-pilot.target', value: towardRest(0.5), months: 12 },
  departmentGives: ['playbook.dual-career-track-pilot.department.1', 'playbook.dual-career-track-pilot.department.2'],
  hrGives: ['playbook.dual-career-track-pilot.hr.1', 'playbook.dual-career-track-pilot.hr.2'],
  checkpoints: [
    { phase: 'plan', weeks: 4, step: 'playbook.dual-career-track-pilot.plan', metric: null },
    { phase: 'do', weeks: 13, step: 'playbook.dual-career-track-pilot.do', metric: null },
    { phase: 'check', weeks: 26, step: 'playbook.dual-career-track-pilot.check', metric: null },
    { phase: 'act', weeks: 30, step: 'playbook.dual-career-track-pilot.act', metric: null },
  ],
  risks: ['playbook.dual-career-track-pilot.risk.1', 'playbook.dual-career-track-pilot.risk.2'],
  numbers: {},
};
