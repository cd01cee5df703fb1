import { describe, expect, it } from 'vitest';
import { evidenceFixture } from '../findings/evidence-fixture.ts';
import type { Finding } from '../findings/finding.ts';
import type { Lang } from '../i18n/index.ts';
import { defaultAssumptions } from '../impact/assumptions.ts';
import type { Evidence } from '../metrics/evidence.ts';
import { createDocumentContext } from './document-context.ts';
import { causalWords, runText } from './document-inspection.ts';
import { findingSentence, findingShort, latestCited, shownEvidenceIds } from './finding-text.ts';
import { findingFixture } from './proposal-fixture.ts';

const year = { from: '2024-01-01', to: '2024-12-31' };
const rd = evidenceFixture({ metric: 'turnover_rate', variant: 'voluntary', department: 'R&D', ...year, value: 0.183, restValue: 0.092, n: 120, ci95: [0.121, 0.262] });
const before = evidenceFixture({ metric: 'turnover_rate', variant: 'voluntary', department: 'R&D', from: '2023-01-01', to: '2023-12-31', value: 0.12, n: 110 });
const hidden = evidenceFixture({ metric: 'turnover_rate', variant: 'voluntary', department: 'Support', ...year, value: null, n: 3, suppressed: true });

function sentence(lang: Lang, finding: Finding, evidence: Evidence[] = [rd, before, hidden]): string {
  const context = createDocumentContext({ lang, scope: null, evidence, findings: [finding], impacts: [], assumptions: defaultAssumptions, goals: [], now: new Date('2025-03-14') });
  return runText(findingSentence(context, context.findings[0]));
}

describe('findingSentence', () => {
  it('states a significant gap with its range, comparison, n and confidence', () => {
    const finding = findingFixture(rd, { confidence: 0.9996 });
    expect(sentence('en', finding)).toBe(
      `Voluntary turnover in R&D was {${rd.id}#value} (likely range {${rd.id}#ciLow}–{${rd.id}#ciHigh}), against {${rd.id}#restValue} for the rest of the company; n = {${rd.id}#n}, confidence {derived:confidence:${finding.id}}.`,
    );
    expect(sentence('zh-CN', finding)).toMatch(/^R&D的主动离职率为\{.*\}（可能区间.*），公司其他部门为\{.*#restValue\}；样本量\{.*#n\}，置信度\{derived:confidence:.*\}。$/);
  });

  it('words an inconclusive finding as too little data to conclude', () => {
    const finding = findingFixture(rd, { significant: false });
    expect(sentence('en', finding)).toMatch(/; with n = \{.*#n\} there is too little data to conclude\.$/);
    expect(sentence('zh-CN', finding)).toMatch(/；但样本量为\{.*#n\}，数据太少，尚不能下结论。$/);
  });

  it('states a missed target, a change and a trend with their dates', () => {
    expect(sentence('en', findingFixture(rd, { kind: 'off-target', target: { value: 0.05, deadline: '2025-12-31' } }))).toContain('stands at {');
    expect(sentence('en', findingFixture(rd, { kind: 'off-target' }))).toContain(', short of its target;');
    expect(sentence('en', findingFixture(rd, { kind: 'period-change', evidenceIds: [rd.id, before.id] }))).toContain(
      `rose from {${before.id}#value} to {${rd.id}#value} (periods ending {${before.id}#period-to} and {${rd.id}#period-to})`,
    );
    const trend = findingFixture(rd, { kind: 'trend', evidenceIds: [rd.id, before.id] });
    expect(sentence('zh-CN', trend)).toMatch(/^截至\{.*#period-to\}的\{derived:periods:.*\}个统计期内，R&D的主动离职率由\{.*\}升至\{.*\}/);
  });

  it('words an association as going together, in both languages, and never cites a suppressed group', () => {
    const association = findingFixture(rd, {
      kind: 'association',
      segment: null,
      evidenceIds: [rd.id, hidden.id],
      direction: 'neutral',
      association: { businessMetric: 'revenue_per_head', r: -0.83, n: 7, pValue: 0.02 },
    });
    const en = sentence('en', association, [rd]);
    expect(en).toMatch(/^Across departments, higher voluntary turnover went together with lower revenue per head, with a correlation of \{derived:r:/);
    expect(sentence('zh-CN', association, [rd])).toContain('呈负相关');
    expect(en).not.toMatch(causalWords);
    const context = createDocumentContext({ lang: 'en', scope: null, evidence: [rd, hidden], findings: [], impacts: [], assumptions: defaultAssumptions, goals: [], now: new Date() });
    expect(shownEvidenceIds(context, association)).toEqual([rd.id]);
  });

  it('shortens a finding to metric, group and current value', () => {
    const context = createDocumentContext({ lang: 'en', scope: null, evidence: [rd, before], findings: [], impacts: [], assumptions: defaultAssumptions, goals: [], now: new Date() });
    const change = findingFixture(rd, { kind: 'period-change', evidenceIds: [rd.id, before.id] });
    expect(runText(findingShort(context, change))).toBe(`voluntary turnover in R&D at {${rd.id}#value}`);
    expect(latestCited(context, change).id).toBe(rd.id);
  });
});
