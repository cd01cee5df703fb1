import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsv } from './csv-reader.ts';
import type { BooleanColumn, CategoryColumn, Dataset, DateColumn, NumberColumn } from './dataset.ts';
import { dayFromIso, isoFromDay, ymdFromDay } from './day.ts';
import { rosterFieldIds } from './fields.ts';
import { rawTableFromValues } from './from-values.ts';
import { inferFieldMap } from './infer-fields.ts';
import type { CellValue } from './raw-table.ts';
import { toDataset } from './to-dataset.ts';

const asOf = dayFromIso('2020-12-31');
const datasets = new URL('../../../shared/datasets/', import.meta.url);
const hasDatasets = existsSync(datasets);
if (!hasDatasets) console.warn('HRDataset_v14 and Human Resources.csv checks skipped: ../shared/datasets is absent (their licences forbid copying them here).');

const fromFile = (url: URL, asOfDay = asOf): Dataset => {
  const raw = readCsv(new Uint8Array(readFileSync(url)));
  return toDataset(raw, inferFieldMap(raw).fieldMap, { asOf: asOfDay });
};
const isoDays = (column: DateColumn) => [...column.days].map((day) => (Number.isNaN(day) ? null : isoFromDay(day)));
const summary = (dataset: Dataset) => dataset.issues.map((issue) => [issue.code, issue.cell ?? issue.column, issue.severity]);

describe('toDataset on a hand-worked roster', () => {
  // Header on sheet row 3 starting in column B, so data rows are 4–7 and columns B–F.
  const raw = rawTableFromValues(
    [
      ['ID', 'Hire', 'Term', 'Pay', 'Status'],
      ['E1', '2020-01-10', '2020-06-30', 5000, 'Voluntarily Terminated'],
      ['E2', '2021-02-01', '2020-01-01', -100, 'Terminated for Cause'],
      ['E1 ', '2019-05-05', '', 'abc', 'Active'],
      ['E3', '13/45/2020', '2031-01-01', null, 'Resigned'],
    ],
    { provenance: { kind: 'workbook', sheet: 'Sheet1', origin: 'Sheet1!B3' }, firstDataRow: 4 },
  );
  const dataset = toDataset(raw, { employeeId: 'ID', hireDate: 'Hire', terminationDate: 'Term', salary: 'Pay', employmentStatus: 'Status' }, { asOf });

  it('reports every bad cell and broken record where the user sees it', () => {
    expect(summary(dataset)).toEqual([
      ['invalid-date', 'Sheet1!C7', 'error'],
      ['negative-pay', 'Sheet1!E5', 'error'],
      ['invalid-money', 'Sheet1!E6', 'error'],
      ['scheduled-termination', 'Sheet1!D7', 'warning'],
      ['termination-before-hire', 'Sheet1!D5', 'error'],
      ['duplicate-id', 'Sheet1!B6', 'error'],
    ]);
    expect(dataset.issues.find((issue) => issue.code === 'duplicate-id')).toMatchObject({
      row: 6,
      column: 'ID',
      params: { value: 'E1', firstRow: 4 },
      reason: 'Employee ID E1 already appears on row 4; this row is left out',
    });
    expect(dataset.issues.find((issue) => issue.code === 'invalid-money')).toMatchObject({ row: 6, params: { value: 'abc' } });
    expect(dataset.issues.find((issue) => issue.code === 'termination-before-hire')?.params).toEqual({ value: '2020-01-01', hireDate: '2021-02-01' });
  });

  it('turns bad values into missing ones marked invalid', () => {
    const hire = dataset.fields.hireDate as DateColumn;
    const term = dataset.fields.terminationDate as DateColumn;
    const pay = dataset.fields.salary as NumberColumn;
    expect(isoDays(hire)).toEqual(['2020-01-10', '2021-02-01', '2019-05-05', null]);
    expect([...hire.invalid]).toEqual([0, 0, 0, 1]);
    expect(isoDays(term)).toEqual(['2020-06-30', null, null, null]);
    expect([...term.invalid]).toEqual([0, 1, 0, 0]);
    expect(term.invalidCount).toBe(1);
    expect([...pay.values]).toEqual([5000, NaN, NaN, NaN]);
    expect([...pay.invalid]).toEqual([0, 1, 1, 0]);
    expect(pay.invalidCount).toBe(2);
  });

  it('keeps the first of a repeated id and excludes the repeat, leaving the raw table as read', () => {
    const ids = dataset.fields.employeeId as CategoryColumn;
    expect([...dataset.rowExcluded]).toEqual([0, 0, 1, 0]);
    expect([...ids.codes]).toEqual([0, 1, -1, 2]);
    expect([...ids.invalid]).toEqual([0, 0, 1, 0]);
    expect(ids.invalidCount).toBe(1);
    expect([...raw.columns[0].codes]).toEqual([0, 1, 2, 3]);
  });

  it('finds a repeated numeric id after ids in order, and excludes none when every id is new', () => {
    const numericIds = (...ids: number[]) => toDataset(rawTableFromValues([['ID'], ...ids.map((id) => [id])]), { employeeId: 'ID' }, { asOf });
    expect([...numericIds(101, 102, 103, 102).rowExcluded]).toEqual([0, 0, 0, 1]);
    const inOrder = numericIds(101, 102, 105);
    expect([...inOrder.rowExcluded]).toEqual([0, 0, 0]);
    expect(inOrder.issues).toEqual([]);
  });

  it('reads an end-of-time termination date (SAP 9999-12-31, Oracle 4712-12-31, an Excel serial of it) as no end date, with one warning; a far-future typo stays an error', () => {
    const raw = rawTableFromValues(
      [['Hired', 'Left'], ['2015-03-02', '9999-12-31'], ['2016-05-09', '4712-12-31'], ['2017-01-16', 2958465], ['2018-02-05', '2205-03-14'], ['2019-07-01', '9999-12-31'], ['2019-07-01', '2019-12-31']],
      { numberFormats: [null, 'yyyy-mm-dd'] },
    );
    const { fields, issues } = toDataset(raw, { hireDate: 'Hired', terminationDate: 'Left' }, { asOf });
    const left = fields.terminationDate as DateColumn;
    expect(isoDays(left)).toEqual([null, null, null, null, null, '2019-12-31']);
    expect([...left.invalid]).toEqual([0, 0, 0, 1, 0, 0]);
    expect(issues.map((issue) => [issue.code, issue.row ?? issue.column, issue.params])).toEqual([
      ['date-out-of-range', 5, { value: '2205-03-14', min: '1900-01-01', max: '2070-12-31' }],
      ['end-of-time-date', 'Left', { count: 4, value: '9999-12-31' }],
    ]);
    expect([...(fields.leaver as BooleanColumn).values]).toEqual([0, 0, 0, -1, 0, 1]);
    const hired = toDataset(rawTableFromValues([['Hired'], ['9999-12-31']]), { hireDate: 'Hired' }, { asOf });
    expect(hired.issues.map((issue) => issue.code)).toEqual(['date-out-of-range']);
  });

  it('keeps a clean amount column as the raw numbers, and copies one it has to clean', () => {
    const pays = rawTableFromValues([['Pay', 'Bad'], [5000, 5000], [null, -1]]);
    const { fields } = toDataset(pays, { salary: 'Pay', marketMidpoint: 'Bad' }, { asOf });
    expect((fields.salary as NumberColumn).values).toBe(pays.columns[0].numbers);
    expect([...(fields.marketMidpoint as NumberColumn).values]).toEqual([5000, NaN]);
    expect([...pays.columns[1].numbers]).toEqual([5000, -1]);
  });

  it('lets clean columns share one all-zero mask that no rule writes to', () => {
    const status = dataset.fields.employmentStatus as CategoryColumn;
    expect(status.invalid.every((flag) => flag === 0)).toBe(true);
    expect(status.invalid).toBe((dataset.fields.leaver as BooleanColumn).invalid);
    expect(dataset.fields.terminationDate!.invalid).not.toBe(status.invalid);
  });

  it('derives leaver from the termination date and voluntary from the status wording, saying so in the header', () => {
    const leaver = dataset.fields.leaver as BooleanColumn;
    const voluntary = dataset.fields.voluntary as BooleanColumn;
    expect([...leaver.values]).toEqual([1, -1, 0, 0]);
    expect(leaver.header).toBe('(derived from Term)');
    expect([...voluntary.values]).toEqual([1, 0, -1, 1]);
    expect(voluntary.header).toBe('(derived from Status)');
    expect(dataset.fieldMap).toEqual({ employeeId: 'ID', hireDate: 'Hire', terminationDate: 'Term', salary: 'Pay', employmentStatus: 'Status' });
  });

  it('carries the source facts along', () => {
    expect(dataset).toMatchObject({ role: 'roster', rowCount: 4, firstDataRow: 4, asOf, raw });
  });
});

describe('toDataset rules', () => {
  const build = (headers: string[], rows: CellValue[][], fieldMap: Record<string, string>) =>
    toDataset(rawTableFromValues([headers, ...rows], { provenance: { kind: 'file', fileName: 'roster.csv', origin: 'A1' } }), fieldMap, { asOf });

  it('warns once for a mixed date column and flags its undecidable values', () => {
    const dataset = build(['Hire'], [['3/30/2015'], ['30/3/2015'], ['5/7/2011']], { hireDate: 'Hire' });
    expect(summary(dataset)).toEqual([
      ['mixed-date-order', 'Hire', 'warning'],
      ['ambiguous-date', 'A4', 'error'],
    ]);
    expect(dataset.issues[0]).toMatchObject({ row: null, params: { monthFirst: 1, dayFirst: 1 } });
  });

  it('warns once for a column whose order nothing decides, and reads it month first', () => {
    const dataset = build(['Hire'], [['5/7/2011'], ['1/2/2012']], { hireDate: 'Hire' });
    expect(summary(dataset)).toEqual([['ambiguous-date-order', 'Hire', 'warning']]);
    expect(isoDays(dataset.fields.hireDate as DateColumn)).toEqual(['2011-05-07', '2012-01-02']);
  });

  it('bounds dates, ages and tenures by the declared rules', () => {
    const dataset = build(['Hire', 'DOB', 'Age', 'Tenure'], [['1899-12-31', '2015-01-01', 12, -1], ['2019-01-01', '1980-02-29', 40, 3]], { hireDate: 'Hire', birthDate: 'DOB', age: 'Age', tenureYears: 'Tenure' });
    expect(summary(dataset)).toEqual([
      ['date-out-of-range', 'A2', 'error'],
      ['date-out-of-range', 'B2', 'error'],
      ['out-of-range', 'C2', 'error'],
      ['out-of-range', 'D2', 'error'],
    ]);
    expect(dataset.issues[1].params).toEqual({ value: '2015-01-01', min: '1900-01-01', max: '2006-12-31' });
    expect(dataset.issues[2].reason).toBe('12 is outside the plausible range 14 to 100');
  });

  it('reads flags, explicit voluntary wording and money text', () => {
    const dataset = build(['Left', 'Type', 'Pay'], [['Yes', 'Involuntary', '¥1.2万'], ['否', '主动离职', '$5,000'], [0, 'maybe', '(300)']], { leaver: 'Left', voluntary: 'Type', salary: 'Pay' });
    expect([...(dataset.fields.leaver as BooleanColumn).values]).toEqual([1, 0, 0]);
    expect([...(dataset.fields.voluntary as BooleanColumn).values]).toEqual([0, 1, -1]);
    expect([...(dataset.fields.salary as NumberColumn).values]).toEqual([12000, 5000, NaN]);
    expect(summary(dataset)).toEqual([
      ['invalid-boolean', 'B4', 'error'],
      ['negative-pay', 'C4', 'error'],
    ]);
  });

  it('does not treat empty or blank cells as issues', () => {
    const dataset = build(['Hire', 'Term', 'Pay', 'Left'], [['2020-01-01', '', null, '  '], ['2020-02-01', '   ', '', null]], { hireDate: 'Hire', terminationDate: 'Term', salary: 'Pay', leaver: 'Left' });
    expect(dataset.issues).toEqual([]);
  });

  it('trims categories', () => {
    const dataset = build(['Dept', 'Sex'], [['Production       ', 'M '], ['Production', 'F']], { department: 'Dept', gender: 'Sex' });
    expect((dataset.fields.department as CategoryColumn).labels).toEqual(['Production']);
    expect((dataset.fields.gender as CategoryColumn).labels).toEqual(['M', 'F']);
  });

  it('refuses a field map naming a missing header or an unknown field, listing what exists', () => {
    const raw = rawTableFromValues([['Dept'], ['R&D']]);
    expect(() => toDataset(raw, { department: 'Department' }, { asOf })).toThrow('No column "Department" for department. Columns: Dept');
    expect(() => toDataset(raw, { dept: 'Dept' } as never, { asOf })).toThrow(/^No field "dept"\. Fields: employeeId/);
    expect(() => toDataset(raw, { department: '' }, { asOf })).toThrow('No column "" for department. Columns: Dept');
  });

  it('gives an empty dataset for an empty table', () => {
    const dataset = toDataset(rawTableFromValues([['Hire']]), { hireDate: 'Hire' }, { asOf });
    expect(dataset.rowCount).toBe(0);
    expect(dataset.issues).toEqual([]);
  });

  it('never throws on random tables mapped to every field type', () => {
    const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.double(), fc.integer({ min: 0, max: 80_000 }), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 6, maxLength: 6 }), { maxLength: 15 }), (rows) => {
        const fields = ['employeeId', 'hireDate', 'terminationDate', 'salary', 'leaver', 'employmentStatus'] as const;
        const dataset = toDataset(rawTableFromValues([[...fields], ...rows]), Object.fromEntries(fields.map((field) => [field, field])), { asOf });
        expect(dataset.rowCount).toBe(rows.length);
        // Every placeholder filled; a cell may itself read like one (`{0}`), so its own text is taken out first.
        for (const issue of dataset.issues) expect(issue.reason.replaceAll(String(issue.params?.value ?? ''), '')).not.toMatch(/\{\w+\}/);
      }),
    );
  });
});

describe('toDataset on the real datasets', () => {
  it('IBM attrition: 1,470 rows, 237 leavers, nothing invalid', () => {
    const dataset = fromFile(new URL('../../test/fixtures/ibm-hr-attrition.csv', import.meta.url));
    expect(dataset.rowCount).toBe(1470);
    expect([...(dataset.fields.leaver as BooleanColumn).values].filter((flag) => flag === 1)).toHaveLength(237);
    expect(dataset.issues).toEqual([]);
  });

  it.skipIf(!hasDatasets)('HRDataset_v14: trimmed departments, 104 terminations split 88/16, DOBs in the 1900s, nothing invalid', () => {
    const dataset = fromFile(new URL('HRDataset_v14.csv', datasets));
    expect(dataset.rowCount).toBe(311);
    const department = dataset.fields.department as CategoryColumn;
    expect([...department.codes].filter((code) => department.labels[code] === 'Production')).toHaveLength(209);
    expect((dataset.fields.gender as CategoryColumn).labels.sort()).toEqual(['F', 'M']);
    const term = dataset.fields.terminationDate as DateColumn;
    expect([...term.days].filter((day) => !Number.isNaN(day))).toHaveLength(104);
    expect(isoDays(term).filter(Boolean).sort().at(-1)).toBe('2018-11-10');
    const voluntary = [...(dataset.fields.voluntary as BooleanColumn).values];
    expect([voluntary.filter((flag) => flag === 1).length, voluntary.filter((flag) => flag === 0).length]).toEqual([88, 16]);
    const birthYears = [...(dataset.fields.birthDate as DateColumn).days].map((day) => ymdFromDay(day)[0]);
    expect(birthYears.every((year) => year >= 1951 && year <= 1992)).toBe(true);
    for (const field of rosterFieldIds) expect(dataset.fields[field]?.invalidCount ?? 0, field).toBe(0);
    expect(dataset.issues).toEqual([]);
  });

  it.skipIf(!hasDatasets)('Human Resources.csv: mixed date formats parse, future termdates become scheduled departures', () => {
    const dataset = fromFile(new URL('Human Resources.csv', datasets));
    expect(dataset.rowCount).toBe(22214);
    const scheduled = dataset.issues.filter((issue) => issue.code === 'scheduled-termination');
    expect(scheduled).toHaveLength(2031);
    expect(dataset.issues).toHaveLength(2031);
    expect(scheduled[0]).toMatchObject({ severity: 'warning', column: 'termdate' });
    const hire = isoDays(dataset.fields.hireDate as DateColumn);
    expect(hire.every((iso) => iso !== null && iso >= '2000-01-01' && iso <= '2020-12-31')).toBe(true);
    const births = isoDays(dataset.fields.birthDate as DateColumn);
    expect(births.every((iso) => iso !== null && iso >= '1965-01-01' && iso <= '2002-12-31')).toBe(true);
    const labels = rosterFieldIds.flatMap((field) => { const column = dataset.fields[field]; return column?.type === 'category' ? column.labels : []; });
    expect(labels.some((label) => label.includes('\ufffd'))).toBe(false);
    expect([...(dataset.fields.leaver as BooleanColumn).values].filter((flag) => flag === 1)).toHaveLength(3929 - 2031);
  });
});

describe('toDataset for the tables beside the roster', () => {
  const build = (role: Parameters<typeof toDataset>[2]['role'], values: CellValue[][]) => {
    const raw = rawTableFromValues(values);
    return toDataset(raw, inferFieldMap(raw, { role }).fieldMap, { asOf: dayFromIso('2025-12-31'), role });
  };

  it('checks requisitions: fill or approval before opening, a repeated requisition id, a negative cost', () => {
    const dataset = build('requisitions', [
      ['Requisition ID', 'Opened Date', 'Approved Date', 'Filled Date', 'Planned Hires', 'Agency Fee'],
      ['R1', '2025-02-01', '2025-02-03', '2025-03-01', 2, 30000],
      ['R2', '2025-02-01', '2025-01-20', '2025-01-15', 1, -500],
      ['R1', '2025-04-01', '2025-04-02', null, 1, 0],
    ]);
    expect(summary(dataset)).toEqual([
      ['negative-cost', 'Agency Fee', 'error'],
      ['approved-before-opened', 'Approved Date', 'error'],
      ['filled-before-opened', 'Filled Date', 'error'],
      ['duplicate-record-id', 'Requisition ID', 'error'],
    ]);
    expect(dataset.issues[2].params).toEqual({ value: '2025-01-15', openedDate: '2025-02-01' });
    expect(isoDays(dataset.fields.filledDate as DateColumn)).toEqual(['2025-03-01', null, null]);
    expect([...(dataset.fields.plannedHires as NumberColumn).values]).toEqual([2, 1, 1]);
    expect([...dataset.rowExcluded]).toEqual([0, 0, 1]);
  });

  it('keeps candidates’ repeated ids and warns once per stage label it does not know', () => {
    const dataset = build('candidates', [
      ['Candidate ID', 'Requisition ID', 'Stage', 'Date'],
      ['C1', 'R1', '投递', '2025-01-02'],
      ['C1', 'R1', 'Background check', '2025-01-05'],
      ['C1', 'R1', 'Background check', '2025-01-06'],
      ['C1', 'R1', '接受', '2025-01-09'],
    ]);
    expect(dataset.rowExcluded.every((flag) => flag === 0)).toBe(true);
    expect(dataset.issues.map((issue) => [issue.code, issue.params, issue.severity])).toEqual([['unknown-stage', { value: 'Background check', count: 2 }, 'warning']]);
  });

  it('reads training completion words and flags a course ending before it starts', () => {
    const dataset = build('training', [
      ['Course', 'Participant', 'Start Date', 'End Date', 'Completion Status'],
      ['Excel', 'E1', '2025-03-03', '2025-03-07', 'Completed'],
      ['Excel', 'E2', '2025-03-03', '2025-03-07', 'In Progress'],
      ['Excel', 'E3', '2025-03-03', '2025-03-01', '已完成'],
    ]);
    expect([...(dataset.fields.completed as BooleanColumn).values]).toEqual([1, 0, 1]);
    expect(summary(dataset)).toEqual([['end-before-start', 'End Date', 'error']]);
  });

  it('reads business periods as the first day of their month, dates as themselves', () => {
    const dataset = build('business', [
      ['部门', '月份', '指标', '数值'],
      ['销售部', '2025-03', '营收', 1.5e6],
      ['销售部', '2025年4月', '营收', 1.6e6],
      ['销售部', '2025-05-31', '营收', 1.7e6],
    ]);
    expect(isoDays(dataset.fields.period as DateColumn)).toEqual(['2025-03-01', '2025-04-01', '2025-05-31']);
    expect((dataset.fields.metricName as CategoryColumn).labels).toEqual(['营收']);
  });

  it('flags an approval before its request and a repeated request id', () => {
    const dataset = build('approvals', [
      ['Request ID', 'Type', 'Requested Date', 'Approved Date'],
      ['A1', 'Overtime', '2025-03-03', '2025-03-01'],
      ['A1', 'Overtime', '2025-03-03', '2025-03-04'],
    ]);
    expect(summary(dataset)).toEqual([
      ['approved-before-requested', 'Approved Date', 'error'],
      ['duplicate-record-id', 'Request ID', 'error'],
    ]);
  });

  it('rejects a field of another role in the field map', () => {
    const raw = rawTableFromValues([['Salary'], [1]]);
    expect(() => toDataset(raw, { salary: 'Salary' }, { asOf, role: 'business' })).toThrow('No field "salary". Fields: department, period, metricName, value');
  });
});
