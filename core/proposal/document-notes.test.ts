import { describe, expect, it } from 'vitest';
import { evidenceFixture } from '../findings/evidence-fixture.ts';
import type { Impact } from '../findings/finding.ts';
import { defaultAssumptions } from '../impact/assumptions.ts';
import type { Evidence } from '../metrics/evidence.ts';
import { createDocumentContext } from './document-context.ts';
import { runText } from './document-inspection.ts';
import { appendixBlocks, citedEvidence, dataCaveats, notesSection } from './document-notes.ts';
import { findingFixture } from './proposal-fixture.ts';

const marketing = evidenceFixture({ metric: 'turnover_rate', department: 'Marketing', value: 0.15, n: 30, excluded: 2, caveats: ['small-n', 'annualised', 'right-censored', 'imputed-salary'] });
const tiny = evidenceFixture({ metric: 'turnover_rate', department: 'Support', value: null, suppressed: true });

function context(evidence: Evidence[], scope: string | null = null) {
  return createDocumentContext({ lang: 'en', scope, evidence, findings: [], impacts: [], assumptions: defaultAssumptions, goals: [], now: new Date('2025-03-14'), sources: [{ label: 'roster.csv', rows: 30, fingerprint: 'sha256:0f' }] });
}

describe('data caveats', () => {
  it('lists the caveats of every quoted item, suppression, inconclusive findings, associations and placeholder assumptions', () => {
    const ctx = context([marketing, tiny]);
    ctx.quantities.evidence(marketing, 'value');
    const placeholderImpact: Impact = { id: 'i', kind: 'vacancy-cost', low: 1, base: 2, high: 3, currency: 'USD', assumptionKeys: ['salaryAnnualFallback'], evidenceIds: [] };
    const findings = [findingFixture(marketing, { significant: false }), findingFixture(marketing, { kind: 'association', segment: null })];
    expect(citedEvidence(ctx).map((item) => item.id)).toEqual([marketing.id]);
    expect(dataCaveats(ctx, findings, [placeholderImpact]).map(runText)).toEqual([
      `{${marketing.id}#excluded} rows with a missing or invalid value were left out of turnover for Marketing.`,
      `Marketing is a small group (n = {${marketing.id}#n}); read turnover with care.`,
      'For Marketing, turnover is annualised from a shorter period.',
      'For Marketing, turnover leaves out cases still open on the as-of day, whose outcome is not known yet.',
      'For Marketing, turnover carries the data caveat “imputed-salary”.',
      'Groups below the minimum reporting size are not shown, to protect privacy.',
      'Findings marked “too little data to conclude” are signals to check, not conclusions.',
      'Measures that move together across departments are associated; association is not causation.',
      expect.stringMatching(/^The estimate uses a placeholder for Average annual salary .*\(\{assumption:salaryAnnualFallback#base\}\); replace it with your own figure\.$/),
    ]);
  });

  it('mentions suppression in a department document only for that department', () => {
    expect(dataCaveats(context([marketing, tiny], 'Marketing'), [], []).map(runText)).toEqual([]);
  });
});

describe('appendix', () => {
  it('defines the quoted metrics, names the sources and, when asked, the assumptions', () => {
    const ctx = context([marketing]);
    ctx.quantities.evidence(marketing, 'value');
    expect(appendixBlocks(ctx, true).map((block) => block.kind)).toEqual(['paragraph', 'table', 'paragraph', 'table', 'paragraph', 'table']);
    expect(appendixBlocks(ctx, false)).toHaveLength(4);
    const notes = notesSection(context([]), []);
    expect(notes.blocks[0]).toEqual({ kind: 'list', ordered: false, items: [['No caveat beyond the usual one: the figures describe the period analysed.']] });
  });
});
