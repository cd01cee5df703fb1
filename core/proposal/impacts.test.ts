import { describe, expect, it } from 'vitest';
import { evidenceFixture } from '../findings/evidence-fixture.ts';
import type { Impact } from '../findings/finding.ts';
import { defaultAssumptions } from '../impact/assumptions.ts';
import { createDocumentContext } from './document-context.ts';
import { runText } from './document-inspection.ts';
import { assumptionName, assumptionTable, impactOfFinding, impactSentence, shownImpacts, usedAssumptions } from './impacts.ts';
import { findingFixture } from './proposal-fixture.ts';

const rd = evidenceFixture({ metric: 'turnover_rate', department: 'R&D', value: 0.18 });
const tiny = evidenceFixture({ metric: 'turnover_rate', department: 'Support', value: null, suppressed: true });
const cost = (evidenceIds: string[], id = 'turnover-cost|x'): Impact => ({
  id,
  kind: 'turnover-cost',
  low: 1,
  base: 2,
  high: 3,
  currency: 'USD',
  assumptionKeys: ['leaverCostShare', 'salaryAnnualFallback'],
  evidenceIds,
});
const context = (impacts: Impact[]) =>
  createDocumentContext({ lang: 'en', scope: null, evidence: [rd, tiny], findings: [], impacts, assumptions: defaultAssumptions, goals: [], now: new Date() });

describe('impacts', () => {
  it('finds a finding’s impact on it or beside it, but never one built on a suppressed group', () => {
    const attached = findingFixture(rd, { impact: cost([rd.id]) });
    expect(impactOfFinding(context([]), attached)?.id).toBe('turnover-cost|x');
    expect(impactOfFinding(context([cost([rd.id], 'beside')]), findingFixture(rd, {}))?.id).toBe('beside');
    expect(impactOfFinding(context([]), findingFixture(rd, { impact: cost([rd.id, tiny.id]) }))).toBeNull();
  });

  it('shows each impact once, as a low / base / high sentence for its group', () => {
    const finding = findingFixture(rd, { impact: cost([rd.id]) });
    const shown = shownImpacts(context([]), [finding, finding]);
    expect(shown).toHaveLength(1);
    expect(runText(impactSentence(context([]), shown[0]))).toBe(
      'Leavers in R&D cost an estimated {turnover-cost|x#base} (low {turnover-cost|x#low}, high {turnover-cost|x#high}).',
    );
  });

  it('lists the assumptions used, in catalogue order, with their values and, in the appendix, their sources', () => {
    expect(usedAssumptions([cost([rd.id])])).toEqual(['leaverCostShare', 'salaryAnnualFallback']);
    const table = assumptionTable(context([]), ['leaverCostShare'], true);
    expect(table.header).toEqual(['Assumption', 'Low', 'Base', 'High', 'Where the default comes from']);
    expect(table.rows[0].map(runText)).toEqual([
      assumptionName('en', 'leaverCostShare'),
      '{assumption:leaverCostShare#low}',
      '{assumption:leaverCostShare#base}',
      '{assumption:leaverCostShare#high}',
      defaultAssumptions.leaverCostShare.source,
    ]);
  });
});
