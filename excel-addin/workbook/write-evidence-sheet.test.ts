import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Evidence } from '../../core/metrics/evidence.ts';
import { dayFromIso } from '../../core/table/day.ts';
import { fakeExcel, sheetGrid } from '../test-support/fake-excel.ts';
import { writeEvidenceSheet } from './write-evidence-sheet.ts';

afterEach(() => vi.unstubAllGlobals());

const base: Evidence = {
  id: 'hc', metric: 'headcount', variant: null, segment: null, period: null, value: 925, numerator: 925, denominator: null, n: 925, ci95: null,
  suppressed: false, suppressionReason: null, pValue: null, qValue: null, test: null, restValue: null, definition: 'headcount.active-on-date',
  unit: 'count', direction: 'neutral', excluded: 0, caveats: [],
};
const turnover = (id: string, department: string, value: number): Evidence => ({ ...base, id, metric: 'turnover_rate', unit: 'ratio', segment: { field: 'department', value: department }, period: { from: '2025-01-01', to: '2025-03-31' }, value });
const evidence = [base, turnover('t-sales', 'Sales', 0.05), turnover('t-evil', '=HYPERLINK("http://x","click")', 0.08)];
const source = { kind: 'table' as const, name: 'Roster', sheet: 'HR', address: 'A1:D3', rowCount: 2, columnCount: 4, headers: ['Employee ID', 'Department', 'Hire Date', 'Termination Date'] };
const fieldMap = { employeeId: 'Employee ID', department: 'Department', hireDate: 'Hire Date', terminationDate: 'Termination Date' };
const period = { from: dayFromIso('2025-01-01'), to: dayFromIso('2025-03-31') };
const input = { lang: 'en' as const, sources: { roster: { source, fieldMap } }, evidence, period, day: period.to, chartMetrics: ['turnover_rate', 'hiring_plan_completion', 'time_to_fill'] };
const userSheet = { name: 'PeopleCase evidence', rows: [['my own notes']] };

describe('writeEvidenceSheet', () => {
  it('adds a new sheet with live formulas beside PeopleCase’s values, a check column and a native chart, in two syncs', async () => {
    const { excel, workbook } = fakeExcel({ sheets: [{ name: 'HR', rows: [source.headers] }] });
    vi.stubGlobal('Excel', excel);
    const name = await writeEvidenceSheet(input, 'PeopleCase evidence');
    expect(name).toBe('PeopleCase evidence');
    expect(workbook.syncs).toBe(2);
    const grid = sheetGrid(workbook, name);
    expect(grid[1].slice(0, 2)).toEqual(['Measured on', '=DATE(2025,3,31)']);
    expect(grid[5].slice(0, 5)).toEqual(['Metric', 'Group', 'Excel formula', 'PeopleCase', 'Agree']);
    expect(grid[6][2]).toMatch(/^=SUMPRODUCT\(ISNUMBER\(Roster\[Hire Date\]\)\*\(Roster\[Hire Date\]<=\$B\$2\)/);
    expect(grid[6][3]).toBe(925);
    expect(grid[6][4]).toBe('=IF(ISNUMBER(C7),IF(ABS(C7-D7)<=0.0000001*MAX(1,ABS(D7)),"✓","✗"),"✗")');
    expect(grid[7][2]).toMatch(/^=SUMPRODUCT\(ISNUMBER\(Roster\[Termination Date\]\)\*\(Roster\[Termination Date\]>=\$B\$3\)/);
    expect(grid.slice(6, 12).map((row) => row[10])).toEqual(['=DATE(2025,1,1)', '=DATE(2025,1,31)', '=DATE(2025,2,1)', '=DATE(2025,2,28)', '=DATE(2025,3,1)', '=DATE(2025,3,31)']);
    const sheet = workbook.sheets.find((candidate) => candidate.name === name)!;
    expect(sheet.charts).toEqual([{ type: 'ColumnClustered', source: "'PeopleCase evidence'!M6:N8", seriesBy: 'Columns', properties: { 'title.text': 'Turnover by department', 'legend.visible': false, 'setPosition()': ['P6', 'X21'] } }]);
    expect(workbook.activeSheet).toBe(name);
  });

  it('points each row’s formula into its own table: plan completion over the requisitions table, headcount over the roster', async () => {
    const { excel, workbook } = fakeExcel({ sheets: [{ name: 'HR', rows: [source.headers] }] });
    vi.stubGlobal('Excel', excel);
    const requisitions = { kind: 'table' as const, name: 'Reqs', sheet: 'Recruiting', address: 'A1:C9', headers: ['Team', 'Opened', 'Filled'] };
    const plan: Evidence = { ...base, id: 'hpc', metric: 'hiring_plan_completion', unit: 'ratio', definition: 'hiring_plan_completion.filled-by-period-end', segment: { field: 'department', value: 'Sales' }, value: 0.5 };
    const sources = { roster: { source, fieldMap }, requisitions: { source: requisitions, fieldMap: { department: 'Team', openedDate: 'Opened', filledDate: 'Filled' } } };
    const grid = sheetGrid(workbook, await writeEvidenceSheet({ ...input, sources, evidence: [base, plan] }, 'PeopleCase evidence'));
    expect(grid[6][2]).toMatch(/^=SUMPRODUCT\(ISNUMBER\(Roster\[Hire Date\]\)/);
    expect(grid[7][2]).toBe('=SUMPRODUCT((Reqs[Opened]>=$B$3)*(Reqs[Opened]<=$B$4)*((Reqs[Opened]="")+ISNUMBER(Reqs[Opened]))*((Reqs[Filled]="")+ISNUMBER(Reqs[Filled]))*(1-ISNUMBER(Reqs[Filled])*ISNUMBER(Reqs[Opened])*(Reqs[Filled]<Reqs[Opened]))*EXACT(TRIM(Reqs[Team]),"Sales")*(Reqs[Filled]<>"")*(Reqs[Filled]<=$B$4))/SUMPRODUCT((Reqs[Opened]>=$B$3)*(Reqs[Opened]<=$B$4)*((Reqs[Opened]="")+ISNUMBER(Reqs[Opened]))*((Reqs[Filled]="")+ISNUMBER(Reqs[Filled]))*(1-ISNUMBER(Reqs[Filled])*ISNUMBER(Reqs[Opened])*(Reqs[Filled]<Reqs[Opened]))*EXACT(TRIM(Reqs[Team]),"Sales"))');
    expect(grid[7].slice(3, 5)).toEqual([0.5, '=IF(ISNUMBER(C8),IF(ABS(C8-D8)<=0.0000001*MAX(1,ABS(D8)),"✓","✗"),"✗")']);
  });

  it('charts each headline metric by department, stacked below each other: data blocks and charts never overlap', async () => {
    const { excel, workbook } = fakeExcel({ sheets: [{ name: 'HR' }] });
    vi.stubGlobal('Excel', excel);
    const byDepartment = (metric: string, unit: Evidence['unit'], department: string, value: number): Evidence => ({ ...turnover(`${metric}-${department}`, department, value), metric, unit });
    const more = [byDepartment('hiring_plan_completion', 'ratio', 'Sales', 0.5), byDepartment('hiring_plan_completion', 'ratio', 'R&D', 1), byDepartment('time_to_fill', 'days', 'Sales', 40), byDepartment('time_to_fill', 'days', 'R&D', 30), byDepartment('tenure', 'years', 'Sales', 3)];
    const name = await writeEvidenceSheet({ ...input, evidence: [...evidence, ...more] }, 'PeopleCase evidence');
    const sheet = workbook.sheets.find((candidate) => candidate.name === name)!;
    expect(sheet.charts.map((chart) => [chart.source, chart.properties['title.text'], chart.properties['setPosition()']])).toEqual([
      ["'PeopleCase evidence'!M6:N8", 'Turnover by department', ['P6', 'X21']],
      ["'PeopleCase evidence'!M10:N12", 'Hiring plan completion by department', ['P23', 'X38']],
      ["'PeopleCase evidence'!M14:N16", 'Time to fill by department', ['P40', 'X55']],
    ]);
    const grid = sheetGrid(workbook, name);
    expect(grid.slice(13, 16).map((row) => row.slice(12, 14))).toEqual([['Group', 'time to fill'], ['=B12', '=D12'], ['=B13', '=D13']]);
    expect(sheet.cells.get('14,13')?.numberFormat).toBe('0.0');
  });

  it('writes text from the data as text: a department named like a formula stays a label', async () => {
    const { excel, workbook } = fakeExcel({ sheets: [{ name: 'HR' }] });
    vi.stubGlobal('Excel', excel);
    const name = await writeEvidenceSheet(input, 'PeopleCase evidence');
    const cell = workbook.sheets.find((sheet) => sheet.name === name)!.cells.get('8,1');
    expect(cell).toEqual({ value: '=HYPERLINK("http://x","click")', numberFormat: 'General' });
  });

  it('never overwrites: a taken name gets the next free one, and the user’s sheet keeps its content', async () => {
    const { excel, workbook } = fakeExcel({ sheets: [{ name: 'HR' }, userSheet] });
    vi.stubGlobal('Excel', excel);
    expect(await writeEvidenceSheet(input, 'PeopleCase evidence')).toBe('PeopleCase evidence (2)');
    expect(await writeEvidenceSheet(input, 'PeopleCase evidence')).toBe('PeopleCase evidence (3)');
    expect(sheetGrid(workbook, 'PeopleCase evidence')).toEqual([['my own notes']]);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['HR', 'PeopleCase evidence', 'PeopleCase evidence (2)', 'PeopleCase evidence (3)']);
  });
});
