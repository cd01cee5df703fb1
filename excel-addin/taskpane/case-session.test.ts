import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultAssumptions } from '../../core/impact/assumptions.ts';
import { editAssumptions } from '../../core/impact/edit-assumptions.ts';
import { readTableFile } from '../../core/table/read-table-file.ts';
import { PaneError, type CaseTableChoice, type LoadedTable } from './analysis-protocol.ts';
import { createCaseSession } from './case-session.ts';

const now = new Date('2026-01-15T09:00:00Z');
const later = new Date('2026-02-15T09:00:00Z');
const assumptions = editAssumptions(defaultAssumptions, { currency: 'CNY' });
const example = async (name: string) => readTableFile(readFileSync(new URL(`../../examples/${name}.csv`, import.meta.url)), `${name}.csv`);

describe('the pane’s case session (the CLI’s pipeline in the worker)', () => {
  const session = createCaseSession();
  let loaded: LoadedTable[];
  let choices: CaseTableChoice[];
  beforeAll(async () => {
    loaded = [session.addFile(await example('roster')), session.addFile(await example('requisitions')), session.addFile(await example('candidates'))];
    choices = loaded.map((table) => ({ id: table.id, role: table.detection.role!, fieldMap: session.infer(table.id, table.detection.role!, null).fieldMap }));
  });

  it('proposes each table’s role with core’s detectRole', () => {
    expect(loaded.map((table) => [table.label, table.detection.role, table.rowCount])).toEqual([['roster.csv', 'roster', 1193], ['requisitions.csv', 'requisitions', 146], ['candidates.csv', 'candidates', 4074]]);
  });

  it('analyses every table for the period: recruiting evidence per department, costed findings, only the current period shown', () => {
    const view = session.analyze({ tables: choices, period: null, lang: 'en', assumptions }, now);
    expect(view.period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    const sales = view.evidence.find((item) => item.metric === 'hiring_plan_completion' && item.segment?.value === 'Sales');
    expect(sales?.value).toBeCloseTo(0.52, 6);
    expect(view.evidence.every((item) => item.period === null || item.period.to === '2025-12-31')).toBe(true);
    expect(view.impacts.length).toBeGreaterThan(0);
    for (const impact of view.impacts) {
      expect(impact.low).toBeLessThanOrEqual(impact.base);
      expect(impact.base).toBeLessThanOrEqual(impact.high);
      expect(impact.currency).toBe('CNY');
    }
    expect(view.impacts[0]).toMatchObject({ kind: 'turnover-cost', department: 'R&D' });
    expect(view.findings.some((finding) => finding.department === 'Sales')).toBe(true);
    expect(view.departments).toContain('Sales');
    expect(view.years).toEqual([2025, 2024, 2023, 2022, 2021, 2020]);
  });

  it('re-costs findings live when an assumption changes', () => {
    const before = session.analyze({ tables: choices, period: null, lang: 'en', assumptions }, now).impacts.find((impact) => impact.kind === 'turnover-cost')!;
    const after = session.assume(editAssumptions(assumptions, { leaverCostShare: { base: 1 } }), 'en', now).impacts.find((impact) => impact.id === before.id)!;
    expect(after.base / before.base).toBeCloseTo(1 / 0.5, 6);
    expect(after.low).toBe(before.low);
  });

  it('writes the five documents of the case for a department', () => {
    expect(session.documents('Sales', 'zh-CN', now).map((doc) => [doc.kind, doc.lang, doc.scope])).toEqual([
      ['proposal', 'zh-CN', 'Sales'], ['alignment-table', 'zh-CN', 'Sales'], ['progress-brief', 'zh-CN', 'Sales'], ['retrospective', 'zh-CN', 'Sales'], ['cooperation-scorecard', 'zh-CN', 'Sales'],
    ]);
  });

  it('compares two snapshots into the Check document and one line per change of the scope', () => {
    session.analyze({ tables: choices, period: { from: '2024-01-01', to: '2024-12-31' }, lang: 'en', assumptions }, now);
    const march = session.snapshot(null, 'en', [], now);
    session.analyze({ tables: choices, period: null, lang: 'en', assumptions }, later);
    const june = session.snapshot(null, 'en', session.documents(null, 'en', later), later);
    const { lines, doc } = session.compare(march, june, 'en', later);
    expect(doc.kind).toBe('check');
    expect(doc.title).toBe('Check: what changed since Jan 15, 2026');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.some((line) => /^Turnover: \d+\.\d% → \d+\.\d% since Jan 15, 2026$/.test(line))).toBe(true);
    expect(session.compare(march, null, 'en', later).doc.kind).toBe('check');
  });

  it('refuses to compare snapshots of different scopes, and to analyse without a roster', () => {
    const company = session.snapshot(null, 'en', [], now);
    const sales = session.snapshot('Sales', 'en', [], now);
    expect(() => session.compare(company, sales, 'en', now)).toThrow(PaneError);
    expect(() => session.analyze({ tables: choices.slice(1), period: null, lang: 'en', assumptions }, now)).toThrow(expect.objectContaining({ key: 'ui.sources.needRoster' }));
  });

  it('keeps a remembered mapping only where its header still exists', () => {
    const inferred = session.infer(loaded[0].id, 'roster', { department: 'Job Title', salary: 'Pay (gone)' });
    expect(inferred.fieldMap.department).toBe('Job Title');
    expect(inferred.fieldMap.salary).toBe('Salary');
    expect(inferred.sources.department).toBe('override');
  });
});
