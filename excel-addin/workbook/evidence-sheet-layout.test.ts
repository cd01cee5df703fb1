import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../core/metrics/evidence.ts';
import { dayFromIso } from '../../core/table/day.ts';
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
    { ...base, id: 'rr', metric: 'retention_rate', unit: 'ratio', value: 0.9 },
  ];
  const layout = evidenceSheetLayout({ lang: 'en', source, fieldMap, evidence, period, day: period.to });
  const table = layout.blocks.find((block) => block.address.startsWith('A7:'))!;

  it('writes a live COUNTIFS over the table beside the core value, with a check that they agree', () => {
    expect(table.formulas[0][2]).toBe('=COUNTIFS(Roster[Hire Date],"<="&$B$2,Roster[Termination Date],"")+COUNTIFS(Roster[Hire Date],"<="&$B$2,Roster[Termination Date],">="&$B$2)');
    expect(table.formulas[0][3]).toBe(925);
    expect(table.formulas[0][4]).toMatch(/^=IF\(ISNUMBER\(C7\),IF\(ABS\(C7-D7\)/);
  });

  it('escapes segment wildcards in criteria and uses the measured day', () => {
    expect(table.formulas[1][2]).toContain('Roster[Department],"=R&D~*"');
    expect(layout.blocks[0].formulas[1][1]).toBe('=DATE(2025,3,31)');
  });

  it('computes turnover as separations over the SHRM average of the month checkpoints', () => {
    expect(table.formulas[2][2]).toMatch(/^=COUNTIFS\(Roster\[Termination Date\],">="&\$B\$3,.*\)\/\(SUMPRODUCT\(.*\$K\$7:\$K\$12.*\)\/ROWS\(\$K\$7:\$K\$12\)\)$/);
    expect(layout.blocks.find((block) => block.address === 'K7:K12')!.formulas.map((row) => row[0])).toEqual(['=DATE(2025,1,1)', '=DATE(2025,1,31)', '=DATE(2025,2,1)', '=DATE(2025,2,28)', '=DATE(2025,3,1)', '=DATE(2025,3,31)']);
  });

  it('never writes a value or formula for a suppressed group, and says when no formula exists', () => {
    expect(table.formulas[3].slice(2, 5)).toEqual(['', '', 'hidden: group too small']);
    expect(table.formulas[4][2]).toMatch(/^=MEDIAN\(IF\(/);
    expect(table.formulas[5].slice(2, 5)).toEqual(['', 0.9, 'no single-cell formula for this definition']);
  });

  it('uses absolute ranges below the header for a plain selection', () => {
    const plain = evidenceSheetLayout({ lang: 'en', source: { ...source, kind: 'selection', name: "'Q1 data'!B3:Q40", sheet: 'Q1 data', address: 'B3:Q40' }, fieldMap, evidence: [base], period, day: period.to });
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
