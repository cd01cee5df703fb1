import { describe, expect, it } from 'vitest';
import { evidenceFixture } from '../findings/evidence-fixture.ts';
import { findingFixture } from './proposal-fixture.ts';
import { citedEvidenceIds, departmentEvidence, indexEvidence, isCitable, isInScope, isStatable, scopedFindings } from './scope.ts';

const year = { from: '2024-01-01', to: '2024-12-31' };
const rd = evidenceFixture({ metric: 'turnover_rate', department: 'R&D', ...year, value: 0.18 });
const rdBefore = evidenceFixture({ metric: 'turnover_rate', department: 'R&D', from: '2023-01-01', to: '2023-12-31', value: 0.12 });
const tiny = evidenceFixture({ metric: 'turnover_rate', department: 'Support', ...year, value: null, suppressed: true, suppressionReason: 'small-group' });
const byId = indexEvidence([rd, rdBefore, tiny]);

describe('scope', () => {
  it('shows only evidence that is present, unsuppressed and valued', () => {
    expect([isCitable(rd), isCitable(tiny), isCitable(undefined), isCitable({ ...rd, value: Number.NaN })]).toEqual([true, false, false, false]);
  });

  it('states a finding only when every number it quotes may be shown', () => {
    const change = findingFixture(rd, { kind: 'period-change', evidenceIds: [rd.id, rdBefore.id] });
    expect(citedEvidenceIds(change)).toEqual([rd.id, rdBefore.id]);
    expect(isStatable(change, byId)).toBe(true);
    expect(isStatable(findingFixture(tiny, {}), byId)).toBe(false);
    expect(isStatable(findingFixture(rd, { kind: 'period-change', evidenceIds: [rd.id, tiny.id] }), byId)).toBe(false);
    expect(isStatable(findingFixture(rd, { kind: 'association', segment: null, evidenceIds: [rd.id, tiny.id] }), byId)).toBe(false);
  });

  it('keeps a department’s own findings, significant first, then by score', () => {
    const weak = findingFixture(rd, { id: 'weak', significant: false, score: 9 });
    const strong = findingFixture(rd, { id: 'strong', score: 1 });
    const sales = findingFixture(evidenceFixture({ metric: 'turnover_rate', department: 'Sales', value: 0.2 }), {});
    expect(isInScope(sales, 'R&D')).toBe(false);
    expect(scopedFindings([weak, sales, strong], byId, 'R&D').map((finding) => finding.id)).toEqual(['strong', 'weak']);
  });

  it('reads a department’s latest citable value', () => {
    expect(departmentEvidence([rdBefore, rd, tiny], 'turnover_rate', null, 'R&D').map((item) => item.id)).toEqual([rd.id, rdBefore.id]);
    expect(departmentEvidence([tiny], 'turnover_rate', null, 'Support')).toEqual([]);
  });
});
