import type { Finding } from '../../findings/finding.ts';
import { findingsMatching, leavingMetrics, leavingVariants } from './conditions.ts';
import type { Recommendation } from './recommendation.ts';
import { towardRest } from './target-rules.ts';

/** Reasons for leaving that say a person saw no way to grow (as HR systems word them in English and Chinese). */
const careerReason = /career|promotion|advancement|growth|职业|晋升|发展/i;

/**
 * Findings that the voluntary leavers of a group already found leaving cite a career reason significantly more often than
 * elsewhere, strongest first: another group's reasons would not explain this group's exits.
 * @example careerReasonFindings([rdCareerPathShare], [rdTurnover]) // [rdCareerPathShare] when R&D's 50% against 24% passed its test
 */
function careerReasonFindings(findings: readonly Finding[], leaving: readonly Finding[]): Finding[] {
  const groups = new Set(leaving.map((finding) => JSON.stringify(finding.segment)));
  const reasons = findingsMatching(findings, { metrics: ['exit_reason_share'], directions: ['neutral'], significant: true }) ?? [];
  return reasons.filter((finding) => finding.effectSize > 0 && careerReason.test(finding.variant ?? '') && groups.has(JSON.stringify(finding.segment)));
}

/**
 * Dual career track pilot: expert levels beside manager levels, for a professional group whose people leave significantly more
 * than the rest (the seed case: core engineers who cannot grow without managing); leavers citing career reasons more than
 * elsewhere back it, after the leaving findings the target is set on. Target: close half the gap within a year.
 */
export const dualCareerTrackPilot: Recommendation = {
  id: 'dual-career-track-pilot',
  appliesWhen: (findings) => {
    const leaving = findingsMatching(findings, {
      metrics: leavingMetrics,
      variants: leavingVariants,
      significant: true,
      segmentFields: ['department', 'jobTitle', 'jobLevel'],
    });
    return leaving && [...leaving, ...careerReasonFindings(findings, leaving)];
  },
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
