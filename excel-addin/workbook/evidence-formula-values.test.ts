import { existsSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { demoColumnFormats, generateDemoCompany, type DemoTable } from '../../core/demo/demo-company.ts';
import { dayFromIso, dayFromYmd, yearPeriod } from '../../core/table/day.ts';
import { excelSerialFromDay as excelSerial } from '../../core/table/day-from-excel-serial.ts';
import type { CellValue } from '../../core/table/raw-table.ts';
import { checkEvidenceSheet, type EvidenceSheetCheck, type WorkbookTable } from '../test-support/evidence-sheet-check.ts';

// The evidence sheet's formulas calculated by a real formula engine over the sources as the workbook holds them, each against
// PeopleCase's value: a formula string that reads well but computes another number fails here.

const hrDataset = new URL('../../../shared/datasets/HRDataset_v14.csv', import.meta.url);
if (!existsSync(hrDataset)) console.warn('HRDataset_v14 evidence-formula checks skipped: ../shared/datasets is absent (its licence forbids copying it here).');

/** Each formula's result within 1e-9 of core's value (relative), and the sheet's own check cell saying so. */
function expectAgreement({ checked }: EvidenceSheetCheck): void {
  const disagreements = checked.filter(({ item, excel, agrees }) => typeof excel !== 'number' || item.value === null || Math.abs(excel - item.value) > 1e-9 * Math.abs(item.value) || agrees !== '✓');
  expect(disagreements.map(({ item, formula, excel }) => ({ id: item.id, core: item.value, excel, formula }))).toEqual([]);
}

/** Metric (and variant) names of the checked formulas, company-wide and per group, for coverage assertions. */
function coverage({ checked }: EvidenceSheetCheck): { all: string[]; grouped: string[] } {
  const names = (grouped: boolean) => [...new Set(checked.filter(({ item }) => (item.segment !== null) === grouped).map(({ item }) => (item.variant ? `${item.metric}:${item.variant}` : item.metric)))].sort();
  return { all: names(false), grouped: names(true) };
}

/** A demo table as the demo workbook holds it: ISO dates as date serials formatted as dates, money as numbers. */
function demoWorkbookTable(role: 'roster' | 'requisitions', name: string, sheet: string, table: DemoTable): WorkbookTable {
  const formats = table[0].map((header) => demoColumnFormats[String(header)]);
  const rows = table.map((row, index) => (index === 0 ? row : row.map((cell, c) => (formats[c] === 'date' && typeof cell === 'string' ? excelSerial(dayFromIso(cell)) : cell))));
  return { role, kind: 'table', name, sheet, origin: 'A1', rows, numberFormats: formats.map((format) => (format === 'date' ? 'yyyy-mm-dd' : format === 'money' ? '#,##0' : 'General')) };
}

describe('evidence sheet formulas over the demo company’s Roster and Requisitions tables', () => {
  it('compute every value PeopleCase shows, company-wide and per department', async () => {
    const company = generateDemoCompany();
    const tables = [demoWorkbookTable('roster', 'Roster', 'HR', company.roster), demoWorkbookTable('requisitions', 'Reqs', 'Recruiting', company.requisitions)];
    const check = await checkEvidenceSheet(tables, { asOf: dayFromIso('2025-12-31') });
    expectAgreement(check);
    expect(coverage(check)).toEqual({
      all: ['compa_ratio', 'cost_per_hire', 'early_attrition', 'headcount', 'hiring_plan_completion', 'pay_gap', 'retention_rate', 'tenure', 'time_to_fill', 'time_to_fill:p90', 'turnover_rate'],
      grouped: ['compa_ratio', 'cost_per_hire', 'early_attrition', 'headcount', 'hiring_plan_completion', 'pay_gap', 'retention_rate', 'tenure', 'time_to_fill', 'time_to_fill:p90', 'turnover_rate'],
    });
    expect(check.checked.length).toBeGreaterThan(50);
  });
});

/** HRDataset_v14's cells as Excel (en-US) opens the CSV: m/d/yyyy columns as dates, numbers as numbers, the rest as text. */
function hrDatasetTable(kind: 'table' | 'selection', sheet: string, origin: string): WorkbookTable {
  const text = readFileSync(hrDataset, 'utf8').replace(/^\uFEFF/, '');
  const [header, ...records] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  const isDate = header.map((_, c) => records.every((record) => record[c] === '' || /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(record[c])));
  const cell = (value: string, c: number): CellValue => {
    if (value === '') return null;
    if (isDate[c]) {
      const [month, day, year] = value.split('/').map(Number);
      return excelSerial(dayFromYmd(year, month, day));
    }
    return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  };
  const rows = [header, ...records.map((record) => record.map(cell))];
  return { role: 'roster', kind, name: kind === 'table' ? 'HRData' : undefined, sheet, origin, rows, numberFormats: isDate.map((date) => (date ? 'm/d/yyyy' : 'General')) };
}

describe.skipIf(!existsSync(hrDataset))('evidence sheet formulas over HRDataset_v14 (read from ../shared/datasets)', () => {
  it('compute every value over its default period, as an Excel table', async () => {
    const check = await checkEvidenceSheet([hrDatasetTable('table', 'HR', 'A1')], { asOf: dayFromIso('2019-03-01') });
    expectAgreement(check);
    expect(coverage(check).all).toEqual(['headcount', 'pay_gap', 'retention_rate', 'tenure', 'turnover_rate']);
    expect(coverage(check).grouped.length).toBeGreaterThan(0);
  });

  it('compute every value over 2016, as a plain range below the top of a sheet with a space in its name', async () => {
    const check = await checkEvidenceSheet([hrDatasetTable('selection', 'HR data', 'B3')], { asOf: dayFromIso('2019-03-01'), period: yearPeriod(2016) });
    expect(check.checked[0].formula).toContain("'HR data'!$");
    expectAgreement(check);
    expect(coverage(check).all).toEqual(['early_attrition', 'early_attrition:1y', 'headcount', 'pay_gap', 'retention_rate', 'tenure', 'turnover_rate']);
  });
});

describe('evidence sheet formulas over a roster with the spellings real exports have', () => {
  // Groups as core forms them: padded `Ops  ` joins `Ops`, `ops` is its own group, a number department is its text, inner
  // double spaces stay; a termination date cell holding text (invalid: the row is left out), a row without a hire date, and
  // a negative and a text salary (invalid: left out of pay).
  const departments = ['Ops', 'Ops  ', ' ops', 7, 'Research  Lab', 'R&D*', 'Sales "East"'];
  // Gender as exports spell it: core's sexOfLabel trims and ignores case (`MALE`, ` Female `, `女 `); `Other`, `X`, `m*` (no
  // wildcard), a number and an empty cell are neither sex and stay out of the pay gap.
  const genders = ['M', ' Female ', 'male', 'F', '男', '女性', 'Other', null, 'WOMAN', 'Man', 'm*', 'X', '女 ', 'MALE', 1];
  const header = ['Employee ID', 'Department', 'Hire Date', 'Termination Date', 'Salary', 'Market Midpoint', 'Gender'];
  const rows: CellValue[][] = Array.from({ length: 84 }, (_, i) => {
    const hire = dayFromIso('2018-01-15') + ((i * 97) % 2500);
    const termination = i % 4 === 0 ? hire + 200 + ((i * 53) % 900) : null;
    return [`E${i + 1}`, departments[i % departments.length], excelSerial(hire), termination === null ? null : excelSerial(termination), 40_000 + ((i * 1_237) % 30_000), 50_000 + (i % 3) * 5_000, genders[i % genders.length]];
  });
  // 2025's hires, eight per group, for early attrition and the leavers' compa ratio: left on day 90 of employment (within
  // the 90-day window) or day 91 (outside it), early, within the year, or stayed.
  const leaveAfter = [89, 90, 20, 150, null, null, 60, null];
  const hires2025: CellValue[][] = Array.from({ length: 56 }, (_, j) => {
    const hire = dayFromIso('2025-01-02') + ((j * 37) % 270);
    const after = leaveAfter[Math.floor(j / departments.length)];
    return [`H${j + 1}`, departments[j % departments.length], excelSerial(hire), after === null ? null : excelSerial(hire + after + (after === 20 || after === 150 ? j % 30 : 0)), 45_000 + ((j * 911) % 25_000), 50_000 + (j % 3) * 5_000, genders[j % genders.length]];
  });
  rows.push(...hires2025);
  rows[5][3] = 'N/A';
  rows[12][2] = null;
  rows[20][4] = -5_000;
  rows[27][4] = 'unpaid';
  // Among 2025's hires and leavers: a text and a missing hire date and a termination before the hire (invalid: core leaves the
  // row out, so none is a separation), a text termination date, a negative salary and a zero midpoint (left out of pay).
  rows[84][2] = 'pending';
  rows[85][2] = null;
  rows[86][3] = (rows[86][2] as number) - 10;
  rows[93][3] = 'left?';
  rows[84 + 14][4] = -1;
  rows[84 + 22][5] = 0;
  // Hired on the last day whose window has elapsed by the as-of day and on the next: 90 days by 2025-12-31, a year by 2026-06-30.
  for (const [row, iso] of [[112, '2025-10-03'], [113, '2025-10-04'], [119, '2025-07-01'], [120, '2025-07-02']] as const) rows[row][2] = excelSerial(dayFromIso(iso));
  const roster: WorkbookTable = { role: 'roster', kind: 'table', name: 'Staff', sheet: 'People', origin: 'A1', rows: [header, ...rows], numberFormats: ['General', 'General', 'yyyy-mm-dd', 'yyyy-mm-dd', '#,##0', '#,##0', 'General'] };
  // Requisitions: planned hires stated, empty (counts 1) or negative (invalid: the row is left out); no opening date (the
  // approval date then); unfilled; text in a date or count cell ('TBD': invalid, the row is left out).
  const requisitionHeader = ['Requisition ID', 'Department', 'Planned Hires', 'Opened Date', 'Approved Date', 'Filled Date', 'Agency Fee', 'Internal Cost'];
  const requisitionRows: CellValue[][] = Array.from({ length: 70 }, (_, i) => {
    const opened = dayFromIso('2024-11-01') + ((i * 41) % 400);
    const filled = i % 5 === 4 ? null : excelSerial(opened + 20 + ((i * 17) % 120));
    return [`R${i + 1}`, departments[i % departments.length], i % 6 === 0 ? null : i % 11 === 0 ? -1 : 1 + (i % 3), i % 7 === 3 ? null : excelSerial(opened), excelSerial(opened + 3 + (i % 9)), filled, i % 4 === 1 ? null : 2_000 + ((i * 313) % 6_000), i % 5 === 2 ? null : 500 + ((i * 71) % 1_500)];
  });
  requisitionRows[8][5] = 'TBD';
  requisitionRows[15][4] = 'n/a';
  requisitionRows[22][3] = 'soon';
  requisitionRows[29][2] = 'two';
  // Dates out of order, which core flags invalid (the row left out): approved before opened, filled before approved (but
  // after opening), filled before opened.
  // Costs: empty cells count 0; a negative or text cost is invalid (the row is left out of cost per hire).
  requisitionRows[10][6] = -100;
  requisitionRows[17][7] = 'n/a';
  const day = (row: number, column: number) => requisitionRows[row][column] as number;
  requisitionRows[36][4] = day(36, 3) - 5;
  requisitionRows[43][5] = day(43, 4) - 1;
  requisitionRows[50][5] = day(50, 3) - 2;
  const requisitions: WorkbookTable = { role: 'requisitions', kind: 'selection', sheet: 'Hiring plan', origin: 'C2', rows: [requisitionHeader, ...requisitionRows], numberFormats: ['General', 'General', 'General', 'm/d/yyyy', 'm/d/yyyy', 'm/d/yyyy', '#,##0', '#,##0'] };

  it('compute every value, each group matched as core matches it', async () => {
    const check = await checkEvidenceSheet([roster, requisitions], { asOf: dayFromIso('2025-12-31'), period: yearPeriod(2025) });
    expectAgreement(check);
    expect([...new Set(check.checked.flatMap(({ item }) => (item.segment ? [item.segment.value] : [])))].sort()).toEqual(['7', 'Ops', 'R&D*', 'Research  Lab', 'Sales "East"', 'ops']);
    expect(coverage(check).grouped).toEqual(['compa_ratio', 'cost_per_hire', 'early_attrition', 'headcount', 'hiring_plan_completion', 'leaver_compa_ratio', 'pay_gap', 'retention_rate', 'tenure', 'time_to_fill', 'time_to_fill:p90', 'turnover_rate']);
  });

  it('compute early attrition’s windows against an as-of day after the period, and the period’s leavers’ compa ratio', async () => {
    const check = await checkEvidenceSheet([roster, requisitions], { asOf: dayFromIso('2026-06-30'), period: yearPeriod(2025) });
    expectAgreement(check);
    expect(coverage(check).grouped).toEqual(['compa_ratio', 'cost_per_hire', 'early_attrition', 'early_attrition:1y', 'headcount', 'hiring_plan_completion', 'leaver_compa_ratio', 'pay_gap', 'retention_rate', 'tenure', 'time_to_fill', 'time_to_fill:p90', 'turnover_rate']);
  });
});
