import { describe, expect, it } from 'vitest';
import type { Lang } from '../../core/i18n/index.ts';
import type { Evidence } from '../../core/metrics/evidence.ts';
import { buildTestDataset, groupBy } from '../../core/metrics/build-test-dataset.ts';
import { hiringPlanCompletion } from '../../core/metrics/hiring-plan-completion.ts';
import { timeToFill } from '../../core/metrics/time-to-fill.ts';
import { dayFromIso, yearPeriod } from '../../core/table/day.ts';
import { evidenceSheetLayout } from './evidence-sheet-layout.ts';
import { neutraliseCellText } from './neutralise-cell-text.ts';
import { uniqueSheetName } from './unique-sheet-name.ts';

const base: Evidence = {
  id: 'x', metric: 'headcount', variant: null, segment: null, period: null, value: 925, numerator: 925, denominator: null, n: 925, ci95: null,
  suppressed: false, suppressionReason: null, pValue: null, qValue: null, test: null, restValue: null, definition: 'headcount.active-on-date',
  unit: 'count', direction: 'neutral', excluded: 0, caveats: [],
};
const source = { kind: 'table' as const, name: 'Roster', sheet: 'HR', address: 'A1:Q1194', headers: ['Employee ID', 'Department', 'Hire Date', 'Termination Date', 'Salary', 'Market Midpoint'] };
const fieldMap = { employeeId: 'Employee ID', department: 'Department', hireDate: 'Hire Date', terminationDate: 'Termination Date', salary: 'Salary', marketMidpoint: 'Market Midpoint' };
const period = { from: dayFromIso('2025-01-01'), to: dayFromIso('2025-03-31') };

describe('evidenceSheetLayout', () => {
  const evidence: Evidence[] = [
    base,
    { ...base, id: 'rd', segment: { field: 'department', value: 'R&D*' }, value: 246, n: 246 },
    { ...base, id: 't', metric: 'turnover_rate', unit: 'ratio', period: { from: '2025-01-01', to: '2025-03-31' }, value: 0.05 },
    { ...base, id: 'tr', metric: 'turnover_rate', unit: 'ratio', segment: { field: 'department', value: 'Legal' }, suppressed: true, suppressionReason: 'small-group', value: null },
    { ...base, id: 'cr', metric: 'compa_ratio', unit: 'ratio', value: 0.98 },
    { ...base, id: 'q', metric: 'quality_of_hire', unit: 'ratio', value: 0.9 },
    { ...base, id: 'rr', metric: 'retention_rate', unit: 'ratio', period: { from: '2025-01-01', to: '2025-03-31' }, value: 0.9 },
    { ...base, id: 'lc', metric: 'leaver_compa_ratio', unit: 'ratio', period: { from: '2025-01-01', to: '2025-03-31' }, definition: 'leaver_compa_ratio.leavers-vs-stayers', value: 0.93 },
    { ...base, id: 'lv', metric: 'leaver_compa_ratio', variant: 'voluntary', unit: 'ratio', period: { from: '2025-01-01', to: '2025-03-31' }, definition: 'leaver_compa_ratio.voluntary-leavers-vs-stayers', value: 0.91 },
  ];
  const layout = evidenceSheetLayout({ lang: 'en', sources: { roster: { source, fieldMap } }, evidence, period, day: period.to, chartMetrics: ['turnover_rate', 'hiring_plan_completion', 'time_to_fill'] });
  const table = layout.blocks.find((block) => block.address.startsWith('A7:'))!;

  it('writes a live count of the people active on the day over the table beside the core value, with a check that they agree', () => {
    expect(table.formulas[0][2]).toBe('=SUMPRODUCT(ISNUMBER(Roster[Hire Date])*(Roster[Hire Date]<=$B$2)*((Roster[Termination Date]="")+ISNUMBER(Roster[Termination Date])*(Roster[Termination Date]>=$B$2)))');
    expect(table.formulas[0][3]).toBe(925);
    expect(table.formulas[0][4]).toMatch(/^=IF\(ISNUMBER\(C7\),IF\(ABS\(C7-D7\)/);
  });

  it('matches a group as core forms it (trimmed text, case-sensitive, no wildcards) and uses the measured day', () => {
    expect(table.formulas[1][2]).toContain('*EXACT(TRIM(Roster[Department]),"R&D*")');
    expect(layout.blocks[0].formulas[1][1]).toBe('=DATE(2025,3,31)');
  });

  it('computes turnover as separations over the SHRM average of the month checkpoints', () => {
    const separations = 'ISNUMBER(Roster[Termination Date])*(Roster[Termination Date]>=$B$3)*(Roster[Termination Date]<=$B$4)*ISNUMBER(Roster[Hire Date])*(Roster[Termination Date]>=Roster[Hire Date])';
    expect(table.formulas[2][2]).toMatch(/^=SUMPRODUCT\((.*)\)\/\(SUMPRODUCT\(.*<=TRANSPOSE\(\$K\$7:\$K\$12\)\).*\)\/ROWS\(\$K\$7:\$K\$12\)\)$/);
    expect(table.formulas[2][2]).toContain(`=SUMPRODUCT(${separations})/`);
    expect(layout.blocks.find((block) => block.address === 'K7:K12')!.formulas.map((row) => row[0])).toEqual(['=DATE(2025,1,1)', '=DATE(2025,1,31)', '=DATE(2025,2,1)', '=DATE(2025,2,28)', '=DATE(2025,3,1)', '=DATE(2025,3,31)']);
  });

  it('never writes a value or formula for a suppressed group, and says when no formula exists', () => {
    expect(table.formulas[3].slice(2, 5)).toEqual(['', '', 'hidden: group too small']);
    expect(table.formulas[4][2]).toMatch(/^=MEDIAN\(IF\(/);
    expect(table.formulas[5].slice(2, 5)).toEqual(['', 0.9, 'no single-cell formula for this definition']);
  });

  it('computes retention as the people active on the first day and the last over the people active on the first', () => {
    const active = (day: string) => `ISNUMBER(Roster[Hire Date])*(Roster[Hire Date]<=${day})*((Roster[Termination Date]="")+ISNUMBER(Roster[Termination Date])*(Roster[Termination Date]>=${day}))`;
    expect(table.formulas[6][2]).toBe(`=SUMPRODUCT(${active('$B$3')}*${active('$B$4')})/SUMPRODUCT(${active('$B$3')})`);
  });

  it('computes the leavers’ compa ratio as the median pay ÷ midpoint of the period’s leavers, voluntary ones without a formula', () => {
    const leavers = 'ISNUMBER(Roster[Termination Date])*(Roster[Termination Date]>=$B$3)*(Roster[Termination Date]<=$B$4)*ISNUMBER(Roster[Hire Date])*(Roster[Termination Date]>=Roster[Hire Date])';
    expect(table.formulas[7][2]).toBe(`=MEDIAN(IF(${leavers}*ISNUMBER(Roster[Salary])*(Roster[Salary]>=0)*ISNUMBER(Roster[Market Midpoint])*(Roster[Market Midpoint]>0),Roster[Salary]/Roster[Market Midpoint]))`);
    expect(table.formulas[8].slice(2, 5)).toEqual(['', 0.91, 'no single-cell formula for this definition']);
  });

  it('computes the pay gap from the medians of men’s and women’s pay, each sex spelled as core reads it; the level-adjusted one has no formula', () => {
    const gap = (variant: string | null): Evidence => ({ ...base, id: `pg${variant}`, metric: 'pay_gap', variant, unit: 'ratio', definition: variant ? 'pay_gap.adjusted.active-on-date' : 'pay_gap.active-on-date', value: 0.03 });
    const sheet = evidenceSheetLayout({ lang: 'en', sources: { roster: { source: { ...source, headers: [...source.headers, 'Gender'] }, fieldMap: { ...fieldMap, gender: 'Gender' } } }, evidence: [gap(null), gap('adjusted')], period, day: period.to, chartMetrics: [] });
    const rows = sheet.blocks.find((block) => block.address.startsWith('A7:'))!.formulas;
    const active = 'ISNUMBER(Roster[Hire Date])*(Roster[Hire Date]<=$B$2)*((Roster[Termination Date]="")+ISNUMBER(Roster[Termination Date])*(Roster[Termination Date]>=$B$2))';
    const median = (labels: string[]) => `MEDIAN(IF(${active}*ISNUMBER(Roster[Salary])*(Roster[Salary]>=0)*(${labels.map((label) => `(TRIM(Roster[Gender])="${label}")`).join('+')}),Roster[Salary]))`;
    const men = median(['m', 'male', 'man', '男', '男性']);
    expect(rows[0][2]).toBe(`=(${men}-${median(['f', 'female', 'woman', '女', '女性'])})/${men}`);
    expect(rows[1][4]).toBe('no single-cell formula for this definition');
  });

  it('writes early attrition against an as-of cell when given one, hires whose window has elapsed by it', () => {
    const early = (variant: string | null, days: number): Evidence => ({ ...base, id: `ea${days}`, metric: 'early_attrition', variant, unit: 'ratio', period: { from: '2025-01-01', to: '2025-03-31' }, definition: `early_attrition.left-within-${days}-days`, value: 0.1 });
    const input = { lang: 'en' as Lang, sources: { roster: { source, fieldMap } }, evidence: [early(null, 90), early('1y', 365)], period, day: period.to, chartMetrics: [] };
    const withAsOf = evidenceSheetLayout({ ...input, asOf: dayFromIso('2025-06-30') });
    expect(withAsOf.blocks[0].address).toBe('A1:B5');
    expect(withAsOf.blocks[0].formulas[4]).toEqual(['Data as of', '=DATE(2025,6,30)']);
    expect(evidenceSheetLayout({ ...input, lang: 'zh-CN', asOf: dayFromIso('2025-06-30') }).blocks[0].formulas[4][0]).toBe('数据截至日');
    const rows = withAsOf.blocks.find((block) => block.address.startsWith('A7:'))!.formulas;
    const hires = (days: number) =>
      `ISNUMBER(Roster[Hire Date])*((Roster[Termination Date]="")+ISNUMBER(Roster[Termination Date])*(Roster[Termination Date]>=Roster[Hire Date]))*(Roster[Hire Date]>=$B$3)*(Roster[Hire Date]<=$B$4)*(Roster[Hire Date]<=$B$5-${days - 1})`;
    expect(rows[0][2]).toBe(`=SUM(IF(${hires(90)},ISNUMBER(Roster[Termination Date])*(Roster[Termination Date]-Roster[Hire Date]+1<=90)))/SUMPRODUCT(${hires(90)})`);
    expect(rows[1][2]).toContain('<=$B$5-364)');
    // Without the as-of day the windows cannot be judged: the note, and the header keeps its four rows.
    const without = evidenceSheetLayout(input);
    expect(without.blocks[0].address).toBe('A1:B4');
    expect(without.blocks.find((block) => block.address.startsWith('A7:'))!.formulas.map((row) => row[4])).toEqual(['no single-cell formula for this definition', 'no single-cell formula for this definition']);
  });

  it('uses absolute ranges below the header for a plain selection', () => {
    const plain = evidenceSheetLayout({ lang: 'en', sources: { roster: { source: { ...source, kind: 'selection', name: "'Q1 data'!B3:Q40", sheet: 'Q1 data', address: 'B3:Q40' }, fieldMap } }, evidence: [base], period, day: period.to, chartMetrics: ['turnover_rate', 'hiring_plan_completion', 'time_to_fill'] });
    expect(plain.blocks[2].formulas[0][2]).toContain("'Q1 data'!$D$4:$D$40");
  });
});

describe('never overwrite, never inject', () => {
  it('picks a new sheet name, case-insensitively, within 31 characters', () => {
    expect(uniqueSheetName('PeopleCase evidence', ['peoplecase EVIDENCE', 'PeopleCase evidence (2)'])).toBe('PeopleCase evidence (3)');
    expect(uniqueSheetName('A very long sheet name that goes on and on', ['A very long sheet name that goe'])).toBe('A very long sheet name that (2)');
    expect(uniqueSheetName('R&D: 2025/Q1', [])).toBe('R&D  2025 Q1');
  });

  it('neutralises text that Excel would read as a formula', () => {
    expect(['=1+1', '+A1', '-2', '@SUM(A1)', 'R&D'].map(neutraliseCellText)).toEqual(["'=1+1", "'+A1", "'-2", "'@SUM(A1)", 'R&D']);
  });
});

describe('formulas over the requisitions table', () => {
  // Hand-worked 2025 plan. Sales: 2 planned and filled 1 Mar; 1 (no count) approved 3 Feb without an opening date, open;
  // 1 filled 10 Jan 2026, after the period. R&D: 3 filled 1 Apr; 1 opened Dec 2024 (another year's plan), filled 5 Jan.
  const rows = {
    department: ['Sales', 'Sales', 'Sales', 'R&D', 'R&D'],
    plannedHires: [2, null, 1, 3, 1],
    openedDate: ['2025-01-06', null, '2025-06-01', '2025-03-01', '2024-12-01'],
    approvedDate: ['2025-01-08', '2025-02-03', '2025-06-03', '2025-03-04', '2024-12-02'],
    filledDate: ['2025-03-01', null, '2026-01-10', '2025-04-01', '2025-01-05'],
  };
  const year = yearPeriod(2025);
  const requisitions = buildTestDataset(rows, { role: 'requisitions' });
  const grouping = groupBy(requisitions, 'department');
  const [plan] = hiringPlanCompletion.compute(requisitions, { period: year, grouping });
  const [fill, fillP90] = timeToFill.compute(requisitions, { period: year, grouping: null });
  const sales = grouping.labels.indexOf('Sales');
  const requisitionsSource = { kind: 'table' as const, name: 'Reqs', sheet: 'Recruiting', address: 'A1:E6', headers: ['Dept', 'Planned Hires', 'Opened', 'Approved', 'Filled'] };
  const requisitionsMap = { department: 'Dept', plannedHires: 'Planned Hires', openedDate: 'Opened', approvedDate: 'Approved', filledDate: 'Filled' };
  const evidenceOf = (metric: string, variant: string | null, definition: string, value: number, department: string | null): Evidence =>
    ({ ...base, id: `${metric}-${variant}-${department}`, metric, variant, definition, value, unit: metric === 'time_to_fill' ? 'days' : 'ratio', segment: department ? { field: 'department', value: department } : null });
  const layout = evidenceSheetLayout({
    lang: 'en',
    sources: { roster: { source, fieldMap }, requisitions: { source: requisitionsSource, fieldMap: requisitionsMap } },
    evidence: [
      evidenceOf('hiring_plan_completion', null, plan.definition, plan.groups[sales].value, 'Sales'),
      evidenceOf('time_to_fill', null, fill.definition, fill.total.value, null),
      evidenceOf('time_to_fill', 'p90', fillP90.definition, fillP90.total.value, null),
      evidenceOf('hiring_plan_completion', null, 'hiring_plan_completion.status-filled', 0.5, null),
      evidenceOf('offer_acceptance_rate', null, 'offer_acceptance_rate.accepted-over-answered', 0.8, null),
    ],
    period: year,
    day: year.to,
    chartMetrics: [],
  });
  const table = layout.blocks.find((block) => block.address.startsWith('A7:'))!;

  it('writes plan completion as planned hires filled by the period’s end over planned hires opened (else approved) in it', () => {
    const day = 'IF(ISNUMBER(Reqs[Opened]),Reqs[Opened],Reqs[Approved])';
    const inOrder = (later: string, earlier: string) => `(1-ISNUMBER(Reqs[${later}])*ISNUMBER(Reqs[${earlier}])*(Reqs[${later}]<Reqs[${earlier}]))`;
    const dates = `((Reqs[Opened]="")+ISNUMBER(Reqs[Opened]))*((Reqs[Approved]="")+ISNUMBER(Reqs[Approved]))*((Reqs[Filled]="")+ISNUMBER(Reqs[Filled]))*${inOrder('Approved', 'Opened')}*${inOrder('Filled', 'Opened')}*${inOrder('Filled', 'Approved')}`;
    const planned = `(${day}>=$B$3)*(${day}<=$B$4)*${dates}*EXACT(TRIM(Reqs[Dept]),"Sales")*IF(ISNUMBER(Reqs[Planned Hires]),Reqs[Planned Hires]*(Reqs[Planned Hires]>=0)*(Reqs[Planned Hires]<=10000),--(Reqs[Planned Hires]=""))`;
    expect(table.formulas[0][2]).toBe(`=SUMPRODUCT(${planned}*(Reqs[Filled]<>"")*(Reqs[Filled]<=$B$4))/SUMPRODUCT(${planned})`);
    // By hand, Sales rows in the plan: planned 2, 1 (empty count), 1; filled by 31 Dec 2025: the first only → 2 / 4.
    expect(plan.groups[sales].value).toBe(2 / 4);
    expect(table.formulas[0][3]).toBe(0.5);
  });

  it('writes time to fill as the median (and P90 as PERCENTILE.INC) of filled − approved days over fills in the period', () => {
    const inOrder = (later: string, earlier: string) => `(1-ISNUMBER(Reqs[${later}])*ISNUMBER(Reqs[${earlier}])*(Reqs[${later}]<Reqs[${earlier}]))`;
    const days = `IF((Reqs[Filled]>=$B$3)*(Reqs[Filled]<=$B$4)*ISNUMBER(Reqs[Approved])*${inOrder('Approved', 'Opened')}*${inOrder('Filled', 'Opened')}*${inOrder('Filled', 'Approved')},Reqs[Filled]-Reqs[Approved])`;
    expect(table.formulas[1][2]).toBe(`=MEDIAN(${days})`);
    expect(table.formulas[2][2]).toBe(`=PERCENTILE.INC(${days},0.9)`);
    // By hand, fills in 2025: 1 Mar − 8 Jan = 52, 1 Apr − 4 Mar = 28, 5 Jan − 2 Dec = 34 days; median 34; P90 at rank
    // 1 + 0.9 × 2 = 2.8 of [28, 34, 52]: 34 + 0.8 × 18 = 48.4.
    expect(fill.total.value).toBe(34);
    expect(fillP90.total.value).toBeCloseTo(48.4, 10);
    expect(table.formulas.slice(1, 3).map((row) => row[4])).toEqual(['=IF(ISNUMBER(C8),IF(ABS(C8-D8)<=0.0000001*MAX(1,ABS(D8)),"✓","✗"),"✗")', '=IF(ISNUMBER(C9),IF(ABS(C9-D9)<=0.0000001*MAX(1,ABS(D9)),"✓","✗"),"✗")']);
  });

  it('keeps the honest note where one cell cannot follow core: fills read from status words, offers paired across events', () => {
    expect(table.formulas.slice(3).map((row) => row.slice(2, 5))).toEqual([['', 0.5, 'no single-cell formula for this definition'], ['', 0.8, 'no single-cell formula for this definition']]);
  });

  it('writes cost per hire as the costs of requisitions entering the plan in the period over the planned hires filled in it', () => {
    const costSource = { ...requisitionsSource, headers: [...requisitionsSource.headers, 'Agency', 'Internal'] };
    const costMap = { ...requisitionsMap, agencyFee: 'Agency', internalCost: 'Internal' };
    const cost = { ...base, id: 'cph', metric: 'cost_per_hire', definition: 'cost_per_hire.ansi-shrm-external-and-internal', unit: 'currency' as const, value: 12_000 };
    const sheet = evidenceSheetLayout({ lang: 'en', sources: { requisitions: { source: costSource, fieldMap: costMap } }, evidence: [cost], period: year, day: year.to, chartMetrics: [] });
    const formula = sheet.blocks.find((block) => block.address.startsWith('A7:'))!.formulas[0][2] as string;
    expect(formula).toMatch(/^=SUMPRODUCT\(\(IF\(ISNUMBER\(Reqs\[Opened\]\),Reqs\[Opened\],Reqs\[Approved\]\)>=\$B\$3\)\*.*\*\(IF\(ISNUMBER\(Reqs\[Agency\]\),Reqs\[Agency\],0\)\+IF\(ISNUMBER\(Reqs\[Internal\]\),Reqs\[Internal\],0\)\)\)\/SUMPRODUCT\(\(Reqs\[Filled\]>=\$B\$3\)\*\(Reqs\[Filled\]<=\$B\$4\)/);
    expect(formula).toContain('*((Reqs[Agency]="")+ISNUMBER(Reqs[Agency])*(Reqs[Agency]>=0))*((Reqs[Internal]="")+ISNUMBER(Reqs[Internal])*(Reqs[Internal]>=0))');
    // Without a filled date, fills come from status words: no formula.
    const byStatus = evidenceSheetLayout({ lang: 'en', sources: { requisitions: { source: costSource, fieldMap: { ...costMap, filledDate: undefined } } }, evidence: [cost], period: year, day: year.to, chartMetrics: [] });
    expect(byStatus.blocks.find((block) => block.address.startsWith('A7:'))!.formulas[0][4]).toBe('no single-cell formula for this definition');
  });

  it('names every source in the title', () => {
    expect(layout.blocks[0].formulas[0][0]).toBe('PeopleCase evidence — Roster, Reqs');
  });
});
