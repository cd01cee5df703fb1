import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSnapshot } from '../../core/snapshot/parse-snapshot.ts';
import { onlyStderrLine, runCli } from './run-cli.ts';

const kinds = ['proposal', 'alignment-table', 'progress-brief', 'retrospective', 'cooperation-scorecard'];

describe('peoplecase demo (what npm start runs)', () => {
  const out = mkdtempSync(join(tmpdir(), 'peoplecase-demo-'));
  let stdout = '';
  beforeAll(() => {
    const result = runCli(['demo', '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    stdout = result.stdout;
  });

  it('writes every document in both languages and every format, for the company and the department that stands out', () => {
    for (const lang of ['en', 'zh-CN']) {
      for (const kind of kinds) {
        for (const scope of ['company', 'r-d']) {
          for (const ext of ['md', 'html', 'docx', 'pptx', 'json']) expect(existsSync(join(out, lang, `${kind}-${scope}.${ext}`)), `${lang}/${kind}-${scope}.${ext}`).toBe(true);
        }
      }
      expect(existsSync(join(out, lang, 'snapshot-company.json'))).toBe(true);
    }
  });

  it('prints a short summary naming the tables, the period and where the files are', () => {
    expect(stdout).toContain('roster.csv (1193)');
    expect(stdout).toContain('Period: 2025-01-01 to 2025-12-31');
    expect(stdout).toContain(`${out}/en/proposal-company.{md,html,docx,pptx,json}`);
  });

  it('leads the decision request with the planted stories: R&D turnover, Sales hiring and feedback, the sales training', () => {
    const decision = readFileSync(join(out, 'en', 'proposal-company.md'), 'utf8').split('\n## ')[1];
    expect(decision).toContain('voluntary turnover in R&D at 19.4%');
    expect(decision).toContain('feedback on every interview within 3 days in Sales');
    expect(decision).toContain('rolling the training out to the rest of the target group in Sales');
    const zh = readFileSync(join(out, 'zh-CN', 'proposal-company.md'), 'utf8');
    expect(zh).toContain('R&D的主动离职率（19.4%）');
  });

  it('writes snapshots that open again, with names and ids left out', () => {
    const snapshot = parseSnapshot(readFileSync(join(out, 'en', 'snapshot-company.json'), 'utf8'));
    expect(snapshot.identifiers).toBe('excluded');
    expect(JSON.stringify(snapshot)).not.toContain('E10100');
  });

  it('embeds charts in HTML and makes no reference to another origin', () => {
    const html = readFileSync(join(out, 'en', 'proposal-company.html'), 'utf8');
    expect(html).toContain('data:image/png;base64,');
    expect(html).not.toMatch(/(src|href)=["']https?:/);
    expect(readdirSync(join(out, 'en', 'charts')).length).toBeGreaterThan(0);
  });
});

describe('peoplecase propose on the real datasets', () => {
  it('writes a proposal for IBM HR Attrition (snapshot data, monthly pay annualised for the cost)', () => {
    const out = mkdtempSync(join(tmpdir(), 'peoplecase-ibm-'));
    const result = runCli(['propose', '--roster', 'test/fixtures/ibm-hr-attrition.csv', '--out', out, '--format', 'md', '--lang', 'en']);
    expect(result.status, result.stderr).toBe(0);
    const text = readFileSync(join(out, 'en', 'proposal-company.md'), 'utf8');
    expect(text).toContain('the share of leavers in Sales at 20.6%');
  });

  it.skipIf(!existsSync('../shared/datasets/HRDataset_v14.csv'))('writes a proposal for HRDataset_v14 in both languages', () => {
    const out = mkdtempSync(join(tmpdir(), 'peoplecase-hrd-'));
    const result = runCli(['propose', '--roster', '../shared/datasets/HRDataset_v14.csv', '--out', out, '--format', 'md']);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(out, 'zh-CN', 'proposal-company.md'), 'utf8')).toContain('## 请求决策');
  });

  it('refuses an unknown assumption with status 2, naming it', () => {
    const result = runCli(['propose', '--roster', 'test/fixtures/ibm-hr-attrition.csv', '--assume', 'leaverCost=2', '--out', mkdtempSync(join(tmpdir(), 'peoplecase-bad-'))]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('leaverCost');
  });
});

describe('peoplecase propose --department', () => {
  const departments = 'R&D, Sales, Marketing, Customer Success, Operations, Finance, HR, Product, Legal';

  it.each([
    ['Nope', 'en', `The roster has no department "Nope". Its departments: ${departments}`],
    ['Nope', 'zh-CN', `花名册中没有部门“Nope”。现有部门：${departments}`],
  ])('refuses --department %s (%s) with status 2, one line listing the departments, and writes nothing', (name, lang, message) => {
    const out = join(mkdtempSync(join(tmpdir(), 'peoplecase-dept-')), 'out');
    const result = runCli(['propose', '--roster', 'examples/roster.csv', '--department', name, '--lang', lang, '--out', out]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(onlyStderrLine(result)).toBe(message);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a name two departments match ignoring case', () => {
    const dir = mkdtempSync(join(tmpdir(), 'peoplecase-dept-'));
    writeFileSync(join(dir, 'roster.csv'), 'Employee ID,Department,Hire Date\nE1,Sales,2020-01-01\nE2,SALES,2020-01-01\n');
    const result = runCli(['propose', '--roster', join(dir, 'roster.csv'), '--department', 'sales', '--out', join(dir, 'out')]);
    expect(result.status).toBe(2);
    expect(onlyStderrLine(result)).toBe('The roster has no department "sales". Its departments: Sales, SALES');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('reads a name in the wrong case as the one department it matches, and says so', () => {
    const out = mkdtempSync(join(tmpdir(), 'peoplecase-dept-'));
    const result = runCli(['propose', '--roster', 'examples/roster.csv', '--department', 'r&d', '--lang', 'en', '--format', 'md', '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Department "r&d" read as R&D');
    expect(existsSync(join(out, 'en', 'proposal-r-d.md'))).toBe(true);
    expect(readFileSync(join(out, 'en', 'proposal-r-d.md'), 'utf8')).toContain('R&D');
  });
});
