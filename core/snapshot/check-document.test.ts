import { describe, expect, it } from 'vitest';
import { documentSchema, type PeopleCaseDocument } from '../proposal/document.ts';
import { capitalizeText } from '../proposal/compose-text.ts';
import { metricPhrase } from '../proposal/phrases.ts';
import { blockRefs } from '../render/block-refs.ts';
import { inlineText } from '../render/inline-text.ts';
import { renderMarkdown } from '../render/markdown.ts';
import { tableText } from '../render/text-table.ts';
import { checkDocument } from './check-document.ts';
import { compareSnapshots } from './compare-snapshots.ts';
import { snapshotPair } from './fixtures/snapshot-pair.ts';

const { march, september } = snapshotPair();
const comparison = compareSnapshots(march, september);
/** Metric names as the proposal catalogue words them (mid-sentence, and capitalised for table cells), so wording changes there do not break these tests. */
const phrase = (metric: string): string => metricPhrase('en', metric, null);
const cell = (metric: string): string => capitalizeText('en', phrase(metric));

const sectionById = (doc: PeopleCaseDocument, id: string) => doc.sections.find((section) => section.id === id)!;
const tableOf = (doc: PeopleCaseDocument, id: string, index = 0) =>
  tableText(doc, sectionById(doc, id).blocks.filter((block) => block.kind === 'table')[index] as Extract<PeopleCaseDocument['sections'][number]['blocks'][number], { kind: 'table' }>);
const texts = (doc: PeopleCaseDocument, id: string): string[] =>
  sectionById(doc, id).blocks.flatMap((block) => (block.kind === 'paragraph' ? [inlineText(doc, block.content)] : block.kind === 'list' ? block.items.map((item) => inlineText(doc, item)) : []));

describe('checkDocument', () => {
  it('is a valid document of kind check, dated as the later snapshot, every number a quantity it defines', () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const doc = checkDocument(comparison, lang);
      expect(documentSchema.parse(doc)).toEqual(doc);
      expect(doc).toMatchObject({ kind: 'check', lang, scope: 'R&D', createdAt: september.createdAt });
      expect(doc.sections.map((section) => section.id)).toEqual(['summary', 'targets', 'metrics', 'findings', 'act', 'appendix']);
      const refs = blockRefs(doc.sections.flatMap((section) => section.blocks));
      expect(Object.keys(doc.quantities).sort()).toEqual([...refs].sort());
      expect(renderMarkdown(doc)).not.toMatch(/\{\w+\}/);
    }
  });

  it('sums up the Check step in English', () => {
    const doc = checkDocument(comparison, 'en');
    expect(doc.title).toBe('Check: what changed since Mar 1, 2025');
    expect(texts(doc, 'summary')).toEqual([
      'This compares the snapshot of Sep 1, 2025 with the snapshot of Mar 1, 2025.',
      '2 of 6 measures improved beyond chance and 0 worsened; the others moved within what chance allows.',
      '1 of 2 targets met.',
      '1 new findings, 1 resolved, 2 still open.',
    ]);
  });

  it('tables the targets with then, now, target and status', () => {
    const doc = checkDocument(comparison, 'en');
    expect(tableOf(doc, 'targets')).toEqual({
      header: ['Measure', 'Group', 'Due', 'Then', 'Now', 'Target', 'Status'],
      rows: [
        [cell('hiring_plan_completion'), 'Sales', 'Jun 30, 2025', '50.0%', '60.0%', '95.0%', 'Missed'],
        [cell('turnover_rate'), 'R&D', '—', '18.3%', '7.8%', '12.0%', 'Met'],
      ],
      numeric: [false, false, false, true, true, true, false],
    });
  });

  it('shows the scope’s measures with their change and test, then other groups’ changes beyond chance only', () => {
    const doc = checkDocument(comparison, 'en');
    const scope = tableOf(doc, 'metrics');
    expect(scope.header).toEqual(['Measure', 'Group', 'Then', 'Now', 'Change', 'Test']);
    expect(scope.rows.map((row) => row[1])).toEqual(['R&D', 'R&D', 'R&D', 'R&D']);
    expect(scope.rows).toContainEqual([cell('turnover_rate'), 'R&D', '18.3%', '7.8%', '-57.4%', 'p = 0.012, beyond chance']);
    expect(scope.rows).toContainEqual([cell('compa_ratio'), 'R&D', '0.87', '0.95', '+8.7%', 'p < 0.001, beyond chance']);
    expect(scope.rows).toContainEqual([cell('time_to_fill'), 'R&D', '38 days', '40 days', '+5.3%', 'p = 0.745, within chance']);
    // Sales' plan and the company's turnover changed within chance: no second table.
    expect(sectionById(doc, 'metrics').blocks).toHaveLength(1);
  });

  it('lists new and resolved findings and the next steps', () => {
    const doc = checkDocument(comparison, 'en');
    expect(tableOf(doc, 'findings').rows).toEqual([
      ['New', cell('early_attrition'), 'R&D', 'Gap with the rest', '28.1%'],
      ['Resolved', cell('turnover_rate'), 'R&D', 'Gap with the rest', '18.3%'],
    ]);
    expect(texts(doc, 'act')).toEqual([
      `Review the plan for ${phrase('hiring_plan_completion')} in Sales: 60.0% against a target of 95.0%.`,
      `Keep what worked for ${phrase('turnover_rate')} in R&D (7.8% against a target of 12.0%) and make it standard practice.`,
      `Look into ${phrase('early_attrition')} in R&D, a new finding (Gap with the rest).`,
    ]);
    expect(texts(doc, 'appendix')[1]).toMatch(/^Now: snapshot of Sep 1, 2025; roster\.xlsx \(Staff\) \(4 rows, SHA-256 ffffffffffff…\)\.$/);
    expect(texts(doc, 'appendix')[2]).toContain('across the 6 changes tested');
  });

  it('writes the same in Chinese', () => {
    const doc = checkDocument(comparison, 'zh-CN');
    expect(doc.title).toBe('复盘检查：2025年3月1日以来的变化');
    expect(texts(doc, 'summary')[1]).toBe('在6项指标中，2项显著改善，0项显著恶化；其余指标的变化在随机波动范围内。');
    expect(tableOf(doc, 'targets').rows[1]).toEqual([metricPhrase('zh-CN', 'turnover_rate', null), 'R&D', '—', '18.3%', '7.8%', '12.0%', '已达成']);
    expect(tableOf(doc, 'targets').header).toEqual(['指标', '范围', '截止日期', '之前', '当前', '目标', '状态']);
    expect(texts(doc, 'act')[0]).toBe(`重新审视Sales${metricPhrase('zh-CN', 'hiring_plan_completion', null)}的改进计划：当前60.0%，目标95.0%。`);
  });

  it('says so when there is nothing to compare', () => {
    const same = snapshotPair(true);
    const doc = checkDocument(compareSnapshots(same.march, { ...same.september, evidence: [], findings: [] }), 'en');
    expect(texts(doc, 'summary')).toContain('Both snapshots were made from the same data: any change below comes from a different period or different assumptions, not from new data.');
    expect(texts(doc, 'metrics')).toEqual(['No measure has a value in both snapshots, so none could be compared.']);
    expect(tableOf(doc, 'targets').rows.map((row) => row.slice(4))).toEqual([
      ['—', '95.0%', 'No current value'],
      ['—', '12.0%', 'No current value'],
    ]);
    expect(texts(doc, 'act')).toEqual(['Nothing calls for a change of plan; check again at the next snapshot.']);
  });
});
