import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evidenceSchema, type Evidence } from '../../core/metrics/evidence.ts';
import { onlyStderrLine, runCli } from './run-cli.ts';

const hrDataset = '../shared/datasets/HRDataset_v14.csv';

/** The `--json` document, checked to be the only thing on stdout. */
function analyzeJson(args: string[]) {
  const result = runCli(['analyze', ...args, '--json']);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
}

function find(evidence: Evidence[], metric: string, segment: string | null, variant: string | null = null): Evidence {
  const item = evidence.find((e) => e.metric === metric && e.variant === variant && (e.segment?.value ?? null) === segment);
  if (!item) throw new Error(`no evidence ${metric} ${variant} ${segment}`);
  return item;
}

describe('peoplecase analyze on IBM HR Attrition (DbCL)', () => {
  // Counts worked out independently: `awk -F, '$2=="Yes"' | cut -f5 | sort | uniq -c` on the raw file.
  const doc = analyzeJson(['test/fixtures/ibm-hr-attrition.csv', '--by', 'Department']);

  it('maps the leaver flag and reads every row', () => {
    expect(doc.rows).toBe(1470);
    expect(doc.fieldMap).toMatchObject({ leaver: 'Attrition', department: 'Department', employeeId: 'EmployeeNumber' });
    expect(doc.issues).toEqual([]);
    for (const item of doc.evidence) evidenceSchema.parse(item);
  });

  it('gives attrition share by department with intervals and tests against the rest', () => {
    const all = find(doc.evidence, 'attrition_share', null);
    expect([all.numerator, all.denominator]).toEqual([237, 1470]);
    expect(all.value).toBeCloseTo(0.161224, 6);
    const sales = find(doc.evidence, 'attrition_share', 'Sales');
    expect([sales.numerator, sales.denominator]).toEqual([92, 446]);
    // 92/446 vs 145/1024: pooled z = 3.1000, two-sided p = 0.00193 (math.erfc in Python from the counts).
    expect(sales.pValue).toBeCloseTo(0.00193, 4);
    expect(sales.ci95![0]).toBeLessThan(sales.value!);
    expect([find(doc.evidence, 'attrition_share', 'Research & Development').numerator, find(doc.evidence, 'attrition_share', 'Human Resources').numerator]).toEqual([133, 12]);
  });
});

describe.skipIf(!existsSync(hrDataset))('peoplecase analyze on HRDataset_v14 (read from ../shared/datasets)', () => {
  // Worked out independently in Python from the raw file: separations dated in 2016, and the mean over the twelve
  // months of (active on the 1st + active on the last day) / 2, with Department trimmed.
  let doc: { rows: number; period: unknown; evidence: Evidence[] };
  beforeAll(() => {
    doc = analyzeJson([hrDataset, '--by', 'Department', '--period', '2016']);
  });

  it('gives the 2016 turnover rate for the company and per department', () => {
    expect(doc.rows).toBe(311);
    const all = find(doc.evidence, 'turnover_rate', null);
    expect(all.numerator).toBe(22);
    expect(all.denominator).toBeCloseTo(223.25, 9);
    expect(find(doc.evidence, 'turnover_rate', null, 'voluntary').numerator).toBe(18);
    const production = find(doc.evidence, 'turnover_rate', 'Production');
    expect(production.numerator).toBe(18);
    expect(production.denominator).toBeCloseTo(146.958333, 5);
    expect(find(doc.evidence, 'turnover_rate', 'IT/IS').denominator).toBeCloseTo(33.875, 9);
    expect(find(doc.evidence, 'headcount', null).value).toBe(221);
    expect(doc.period).toEqual({ from: '2016-01-01', to: '2016-12-31' });
  });

  it('reports in text with the exit reasons written in the file as the variants of reasons for leaving, in both languages', () => {
    for (const [lang, name] of [['en', 'Reasons for leaving'], ['zh-CN', '离职原因分布']]) {
      const result = runCli(['analyze', hrDataset, '--by', 'Department', '--lang', lang]);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain(`${name} (Another position)`);
    }
  });

  it('never shows a rate or pay figure for a group under five people', () => {
    const executive = find(doc.evidence, 'turnover_rate', 'Executive Office');
    expect(executive.suppressed).toBe(true);
    expect(executive.value).toBeNull();
    for (const item of doc.evidence as Evidence[]) if (item.n < 5 && item.segment && item.unit !== 'count') expect(item.value, item.id).toBeNull();
  });
});

if (!existsSync(hrDataset)) console.warn(`HRDataset_v14 tests skipped: ${hrDataset} is absent (it is not redistributed with PeopleCase).`);

describe('peoplecase analyze on bad inputs', () => {
  const dir = 'test/fixtures/bad-inputs';
  const issues = (file: string) => analyzeJson([`${dir}/${file}`, '--as-of', '2025-12-31']).issues.map((i: { row: number | null; column: string | null; cell?: string; code: string }) => [i.row, i.column, i.cell ?? null, i.code]);

  it('refuses an empty file with one line and status 1', () => {
    const result = runCli(['analyze', `${dir}/empty.csv`]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('The file is empty');
    expect(result.stdout).toBe('');
  });

  it('refuses a missing file with one line and status 1', () => {
    const result = runCli(['analyze', `${dir}/no-such-file.csv`]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('reads a header-only file as zero rows', () => {
    const doc = analyzeJson([`${dir}/header-only.csv`]);
    expect(doc.rows).toBe(0);
    expect(doc.issues).toEqual([]);
  });

  it('locates every bad amount and excludes those rows only from pay metrics', () => {
    expect(issues('text-in-number-columns.csv')).toEqual([
      [3, 'Salary', 'F3', 'invalid-money'],
      [4, 'Salary', 'F4', 'invalid-money'],
      [7, 'Salary', 'F7', 'invalid-money'],
      [8, 'Salary', 'F8', 'invalid-money'],
    ]);
    const doc = analyzeJson([`${dir}/text-in-number-columns.csv`, '--as-of', '2025-12-31']);
    expect(find(doc.evidence, 'headcount', null).value).toBe(7);
  });

  it('says a date column mixes month-first and day-first, and flags the undecidable date', () => {
    expect(issues('mixed-date-formats.csv')).toEqual([
      [null, 'Hire Date', null, 'mixed-date-order'],
      [2, 'Hire Date', 'D2', 'ambiguous-date'],
    ]);
  });

  it('pads short rows and reports values beyond the header', () => {
    expect(issues('ragged-rows.csv')).toEqual([
      [3, null, null, 'missing-cells'],
      [4, null, 'G4', 'extra-cells'],
      [6, null, null, 'missing-cells'],
    ]);
  });

  it('reports a quote that never closes where it opened', () => {
    expect(issues('unterminated-quote.csv')).toEqual([
      [3, 'Name', 'B3', 'unterminated-quote'],
      [3, null, null, 'missing-cells'],
    ]);
  });

  it('reads a Windows-1252 export and says the encoding was guessed', () => {
    expect(issues('wrong-encoding.csv')).toEqual([[null, null, null, 'guessed-encoding']]);
  });
});

describe('peoplecase analyze with field overrides', () => {
  it('uses --map to pick a column the inference would not', () => {
    const doc = analyzeJson(['test/fixtures/ibm-hr-attrition.csv', '--map', 'department=JobRole']);
    expect(doc.fieldMap.department).toBe('JobRole');
  });

  it('refuses a period that has not begun, whose figures would read 0% or 100% as if measured', () => {
    const result = runCli(['analyze', 'examples/roster.csv', '--period', '2031', '--as-of', '2026-11-26']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe('the period starts after 2026-11-26: nothing in it has happened yet');
  });

  it('stops with status 2 and lists the columns when --map names one that does not exist', () => {
    const result = runCli(['analyze', 'test/fixtures/ibm-hr-attrition.csv', '--map', 'hireDate=Joined']);
    expect(result.status).toBe(2);
    const line = onlyStderrLine(result);
    expect(line).toContain('Joined');
    expect(line).toContain('EmployeeNumber');
    expect(result.stdout).toBe('');
  });
});

describe('peoplecase analyze refuses a table that is not a roster', () => {
  it.each([
    ['training', 'training records'],
    ['candidates', 'candidates'],
    ['requisitions', 'job requisitions'],
  ])('names %s.csv as %s and the propose flag that reads it, with status 2 and nothing on stdout', (role, looksLike) => {
    const result = runCli(['analyze', `examples/${role}.csv`]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(onlyStderrLine(result)).toBe(
      `examples/${role}.csv looks like ${looksLike}, not an employee roster, and analyze reads rosters only. Analyse it with its roster: peoplecase propose --roster ROSTER --${role} examples/${role}.csv`,
    );
  });

  it('says it in Chinese with --lang zh-CN', () => {
    const result = runCli(['analyze', 'examples/training.csv', '--lang', 'zh-CN']);
    expect(result.status).toBe(2);
    expect(onlyStderrLine(result)).toContain('看起来是培训记录表，不是员工花名册');
  });

  it('refuses a table with no roster column at all', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'peoplecase-plain-')), 'plain.csv');
    writeFileSync(file, 'Colour,Size\nred,1\nblue,2\n');
    const result = runCli(['analyze', file]);
    expect(result.status).toBe(2);
    expect(onlyStderrLine(result)).toBe(
      `${file} does not look like an employee roster: no column is an employee id, name, hire or termination date, status, salary or leaver flag. If it is one, name its columns with --map (e.g. --map employeeId="Staff No")`,
    );
  });

  it('analyses a table the user mapped as a roster with --map', () => {
    const doc = analyzeJson(['examples/training.csv', '--map', 'hireDate=Start Date']);
    expect(doc.fieldMap.hireDate).toBe('Start Date');
  });

  it('still analyses the example roster and its workbook', () => {
    expect(analyzeJson(['examples/roster.csv']).rows).toBe(1193);
    expect(analyzeJson(['examples/demo-company.xlsx']).rows).toBe(1193);
  });
});

describe('peoplecase analyze --by a name the table does not have', () => {
  it('stops with status 2 and one line naming it and the headers that exist, without a stack trace', () => {
    const result = runCli(['analyze', 'examples/roster.csv', '--by', 'Nope']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const line = onlyStderrLine(result);
    expect(line).toMatch(/^No field or column "Nope"\. Fields: department, .*\. Columns: Employee ID, Name, Department, .*Recruitment Source$/);
  });

  it('stops the same way for a field that is not a category', () => {
    const result = runCli(['analyze', 'examples/roster.csv', '--by', 'hireDate']);
    expect(result.status).toBe(2);
    expect(onlyStderrLine(result)).toBe('"hireDate" cannot split people into groups: it is not a category such as department or gender');
  });
});
