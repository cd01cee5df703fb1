import type { Evidence } from '../metrics/evidence.ts';
import type { Finding } from './finding.ts';

/** What a detector decides; the rest of a Finding follows from its primary evidence. */
export type FindingFacts = Pick<Finding, 'id' | 'kind' | 'evidenceIds' | 'direction' | 'effectSize' | 'confidence' | 'significant'> &
  Partial<Pick<Finding, 'association' | 'segment' | 'target'>>;

/**
 * A Finding from a detector's facts and its primary evidence: metric, variant and segment from the evidence, the department
 * when the segment is a department, no impact yet (the proposal builder attaches it) and score 0 until rankFindings scores it.
 * @example newFinding(rdTurnover, { id: 'segment-gap|…', kind: 'segment-gap', evidenceIds: [rdTurnover.id], … }).department // 'R&D'
 */
export function newFinding(primary: Evidence, facts: FindingFacts): Finding {
  const segment = facts.segment === undefined ? primary.segment : facts.segment;
  return {
    metric: primary.metric,
    variant: primary.variant,
    segment,
    department: segment?.field === 'department' ? segment.value : null,
    impact: null,
    score: 0,
    association: null,
    ...facts,
  };
}
