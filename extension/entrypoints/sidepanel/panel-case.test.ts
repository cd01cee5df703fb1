import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../../../core/analyze-case.ts';
import { buildCase } from '../../../core/case/build-case.ts';
import { detectRole } from '../../../core/table/detect-role.ts';
import { dayFromIso } from '../../../core/table/day.ts';
import { rawTableFromValues } from '../../../core/table/from-values.ts';
import { joiningBaselines, panelAssumptions, panelCase, roleOf, yearTo } from './panel-case.ts';
import { takeSnapshot } from './snapshot-files.ts';

const roster = rawTableFromValues([
  ['Employee ID', 'Department', 'Hire Date', 'Termination Date', 'Salary'],
  ...Array.from({ length: 40 }, (_, i) => [`E${i}`, i % 2 ? 'R&D' : 'Sales', '2022-01-10', i % 5 === 0 ? '2024-06-30' : '', String(50000 + i * 1000)]),
]);
const requisitions = rawTableFromValues([
  ['Requisition ID', 'Department', 'Opened', 'Filled', 'Status', 'Planned hires'],
  ...Array.from({ length: 12 }, (_, i) => [`R${i}`, i % 2 ? 'R&D' : 'Sales', '2024-02-01', i % 3 ? '2024-04-15' : '', i % 3 ? 'Filled' : 'Open', '1']),
]);
const asOf = dayFromIso('2025-01-15');
const now = new Date('2025-01-15T10:00:00Z');

describe('panelCase', () => {
  it('gives the page core’s detected role and joins a baseline of another role to the case over the year to today (the page is read now), as analyzeCase and buildCase do', () => {
    const page = { raw: requisitions, role: roleOf(detectRole(requisitions)) };
    const baseline = { id: 'b1', name: 'roster.csv', raw: roster, role: roleOf(detectRole(roster)) };
    const assumptions = panelAssumptions('en-US');
    const { view, kept } = panelCase(page, [baseline], { asOf, overrides: null, compareWith: null, lang: 'en', assumptions, now });
    const core = buildCase(analyzeCase({ roster, requisitions }, { asOf, period: yearTo(asOf), settings: { slaDays: assumptions.feedbackSlaDays.base, workingDaysPerYear: assumptions.workingDaysPerYear.base } }), assumptions);
    expect(page.role).toBe('requisitions');
    expect(view.joined).toEqual([{ name: 'roster.csv', role: 'roster' }]);
    expect(kept.theCase.findings.map((finding) => finding.id)).toEqual(core.findings.map((finding) => finding.id));
    expect(view.evidence.some((item) => item.metric === 'time_to_fill')).toBe(true);
    expect(view.evidence.some((item) => item.metric === 'headcount')).toBe(true);
  });

  it('measures a roster page on the day it is read, not at the end of the month of its latest date', () => {
    const hiredOnly = rawTableFromValues([['Employee ID', 'Department', 'Hire Date'], ...Array.from({ length: 10 }, (_, i) => [`E${i}`, 'R&D', '2020-01-15'])]);
    const { view } = panelCase({ raw: hiredOnly, role: 'roster' }, [], { asOf, overrides: null, compareWith: null, lang: 'en', assumptions: panelAssumptions('en'), now });
    const whole = (metric: string) => view.evidence.find((item) => item.metric === metric && item.segment === null)!;
    expect(whole('headcount').period?.to).toBe('2025-01-15');
    // Five years to the day, where the data's own last month (January 2020) would have given a few days.
    expect(whole('tenure').value).toBeCloseTo((asOf - dayFromIso('2020-01-15')) / 365.25, 9);
  });

  it('analyses a page without a roster over the year to today, and compares it with a baseline of its own role', () => {
    const page = { raw: requisitions, role: 'requisitions' as const };
    const baseline = { id: 'b2', name: 'last-year.csv', raw: requisitions, role: 'requisitions' as const };
    const { view } = panelCase(page, [baseline], { asOf, overrides: { notAField: 'Status' } as never, compareWith: 'b2', lang: 'en', assumptions: panelAssumptions('en'), now });
    expect(view.joined).toEqual([]);
    expect(view.comparison?.name).toBe('last-year.csv');
    expect(view.evidence.every((item) => item.period === null || item.period.to === '2025-01-15')).toBe(true);
  });
});

describe('joiningBaselines', () => {
  it('takes one baseline per role, never the page’s own role', () => {
    const table = (id: string, role: 'roster' | 'goals') => ({ id, name: id, raw: roster, role });
    expect(joiningBaselines({ raw: roster, role: 'roster' }, [table('a', 'roster'), table('b', 'goals'), table('c', 'goals')]).map((b) => b.id)).toEqual(['b']);
  });
});

describe('panelAssumptions', () => {
  it('prices in CNY for a Chinese browser and USD otherwise', () => {
    expect(panelAssumptions('zh-CN').currency).toBe('CNY');
    expect(panelAssumptions('de-DE').currency).toBe('USD');
  });
});

describe('takeSnapshot', () => {
  it('freezes all five documents with the case’s impacts, identifiers out unless chosen', () => {
    const page = { raw: roster, role: 'roster' as const };
    const { kept } = panelCase(page, [], { asOf, overrides: null, compareWith: null, lang: 'en', assumptions: panelAssumptions('en'), now });
    const stored = takeSnapshot({ lang: 'en', page: { url: 'https://hr.example.com/odoo/employees/7', adapterName: 'Odoo', rows: 40 }, kept, includeIdentifiers: false, now });
    const snapshot = JSON.parse(stored.json);
    expect(snapshot.documents.map((doc: { kind: string }) => doc.kind)).toEqual(['proposal', 'alignment-table', 'progress-brief', 'retrospective', 'cooperation-scorecard']);
    expect(snapshot.identifiers).toBe('excluded');
    expect(stored.title).toBe('Odoo · hr.example.com');
  });
});
