import { describe, expect, it } from 'vitest';
import { evidenceFixture } from './evidence-fixture.ts';
import { newFinding, type FindingFacts } from './new-finding.ts';

const facts: FindingFacts = { id: 'x', kind: 'segment-gap', evidenceIds: ['e'], direction: 'worse', effectSize: 1, confidence: 0.99, significant: true };

describe('newFinding', () => {
  it('takes metric, variant, segment and department from the primary evidence', () => {
    const item = evidenceFixture({ metric: 'turnover_rate', variant: 'voluntary', department: 'R&D', value: 0.18 });
    expect(newFinding(item, facts)).toEqual({
      ...facts,
      metric: 'turnover_rate',
      variant: 'voluntary',
      segment: { field: 'department', value: 'R&D' },
      department: 'R&D',
      impact: null,
      score: 0,
      association: null,
    });
  });

  it('a segment that is not a department gives no department; facts may override the segment', () => {
    const item = evidenceFixture({ metric: 'pay_gap', segment: { field: 'gender', value: 'F' }, value: 0.1 });
    expect(newFinding(item, facts).department).toBeNull();
    expect(newFinding(item, { ...facts, segment: null }).segment).toBeNull();
  });
});
