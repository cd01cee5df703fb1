import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyzeCase, type CaseAnalysis, type CaseTables } from '../analyze-case.ts';
import { buildCase, caseDocuments, type Case } from '../case/build-case.ts';
import { metricSettingsOf } from '../case/metric-settings-of.ts';
import { assumptionsFromJson } from '../impact/assumptions-from-json.ts';
import { defaultAssumptions, type Assumptions } from '../impact/assumptions.ts';
import { parseAssumeArgs } from '../impact/parse-assume-args.ts';
import { t, type Lang } from '../i18n/index.ts';
import { fileSlug, writeDocument } from '../node/write-documents.ts';
import { createSnapshot } from '../snapshot/create-snapshot.ts';
import { dayFromIso, isoFromDay, todayDay } from '../table/day.ts';
import { ReadError } from '../table/read-error.ts';
import { readTableFile } from '../table/read-table-file.ts';
import { InputMismatchError, UsageError } from './command-line.ts';
import type { CaseTableFlag, ProposeArgs } from './parse-propose-args.ts';

/** A file's bytes, or a one-line ReadError naming the path. */
export function readBytes(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new ReadError(`Cannot open ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { code: 'cannot-open' });
  }
}

/** The assumptions the user set: a JSON file first, then each --assume on top; a bad value is a usage mistake naming the key. */
function assumptionsOf(args: Pick<ProposeArgs, 'assume' | 'assumptionsFile'>, base: Assumptions): Assumptions {
  try {
    const fromFile = args.assumptionsFile ? assumptionsFromJson(JSON.parse(new TextDecoder().decode(readBytes(args.assumptionsFile))), base) : base;
    return parseAssumeArgs(args.assume, fromFile);
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new UsageError((error as Error).message);
  }
}

/** Read every table the flags name, each by its content (CSV or XLSX). */
async function readTables(files: Partial<Record<CaseTableFlag, string>>): Promise<CaseTables> {
  const tables: Partial<CaseTables> = {};
  for (const [role, path] of Object.entries(files) as [CaseTableFlag, string][]) tables[role] = await readTableFile(readBytes(path), basename(path), {});
  return tables as CaseTables;
}

/**
 * The roster department `--department` names: the exact label, else the only one equal ignoring case and surrounding spaces
 * (`r&d` → `R&D`). Anything else throws an InputMismatchError listing the roster's departments, before a file is written.
 * @example departmentOf(analysis, 'r&d', 'en') // 'R&D'
 */
export function departmentOf(analysis: CaseAnalysis, name: string, lang: Lang): string {
  const column = analysis.datasets.roster?.fields.department;
  if (column?.type !== 'category') throw new InputMismatchError(t(lang, 'cli.noDepartmentColumn', { name }));
  if (column.labels.includes(name)) return name;
  const wanted = name.trim().toLowerCase();
  const loose = column.labels.filter((label) => label.trim().toLowerCase() === wanted);
  if (loose.length === 1) return loose[0];
  throw new InputMismatchError(t(lang, 'cli.unknownDepartment', { name, departments: column.labels.join(', ') }));
}

/** What one run of propose wrote, for the summary. */
export interface ProposeResult {
  analysis: CaseAnalysis;
  theCase: Case;
  written: string[];
  /** The `--department` as typed and the roster department it was read as, when they differ. */
  department: { asked: string; used: string } | null;
}

/**
 * `peoplecase propose`: the tables → evidence → findings with impact → the proposal and its companion documents for the scope
 * (and a snapshot) in each language and format, under `out/<lang>/`.
 * @example await runPropose(parseProposeArgs(['--roster', 'examples/roster.csv']), new Date()) // writes out/en/proposal-company.md …
 */
export async function runPropose(args: ProposeArgs, now: Date, base: Assumptions = defaultAssumptions, scopes?: (theCase: Case) => (string | null)[]): Promise<ProposeResult> {
  const assumptions = assumptionsOf(args, base);
  const tables = await readTables(args.files);
  const asOf = args.asOf ? dayFromIso(args.asOf) : todayDay(now);
  const analysis = analyzeCase(tables, { asOf, period: args.period, k: args.k, settings: metricSettingsOf(assumptions) });
  const asked = args.department;
  const department = asked === null ? null : departmentOf(analysis, asked, args.langs[0]);
  const theCase = buildCase(analysis, assumptions);
  const written: string[] = [];
  mkdirSync(args.out, { recursive: true });
  if (analysis.issues.length > 0) {
    const path = join(args.out, 'data-issues.json');
    writeFileSync(path, `${JSON.stringify(analysis.issues, null, 2)}\n`);
    written.push(path);
  }
  for (const lang of args.langs) {
    const dir = join(args.out, lang);
    for (const scope of scopes ? scopes(theCase) : [department]) {
      const documents = caseDocuments(theCase, { lang, scope, now });
      for (const doc of documents) written.push(...(await writeDocument(dir, doc, args.formats)));
      const snapshot = createSnapshot({ lang, scope, datasets: Object.values(analysis.datasets), assumptions, evidence: analysis.evidence, findings: theCase.findings, documents, includeIdentifiers: args.includeIdentifiers, now });
      mkdirSync(dir, { recursive: true });
      const path = join(dir, `snapshot-${scope === null ? 'company' : fileSlug(scope)}.json`);
      writeFileSync(path, `${JSON.stringify(snapshot, null, 2)}\n`);
      written.push(path);
    }
  }
  return { analysis, theCase, written, department: asked !== null && department !== null && department !== asked ? { asked, used: department } : null };
}

/** Paths that differ only by extension on one line (`out/en/proposal-company.{md,html,docx}`), so the summary stays short. */
export function groupByStem(paths: readonly string[]): string[] {
  const stems = new Map<string, string[]>();
  for (const path of paths) {
    const dot = path.lastIndexOf('.');
    const stem = path.slice(0, dot);
    stems.set(stem, [...(stems.get(stem) ?? []), path.slice(dot + 1)]);
  }
  return [...stems].map(([stem, extensions]) => (extensions.length === 1 ? `${stem}.${extensions[0]}` : `${stem}.{${extensions.join(',')}}`));
}

/** The few lines a user reads after a run: data read, issues, the top findings, and where each file is. */
export function proposeSummary(lang: Lang, result: ProposeResult): string {
  const { analysis, theCase, written, department } = result;
  const lines = [t(lang, 'cli.summary.tables', { tables: analysis.sources!.map((source) => `${source.label} (${source.rows})`).join(', ') })];
  if (department) lines.push(t(lang, 'cli.summary.department', { name: department.asked, department: department.used }));
  if (analysis.period) lines.push(t(lang, 'cli.period', { from: isoFromDay(analysis.period.from), to: isoFromDay(analysis.period.to) }));
  const issuesFile = written.find((path) => path.endsWith('data-issues.json'));
  if (issuesFile) lines.push(t(lang, 'cli.summary.issues', { count: analysis.issues.length, path: issuesFile }));
  lines.push(t(lang, 'cli.summary.findings', { count: theCase.findings.length, significant: theCase.findings.filter((f) => f.significant).length }));
  lines.push(t(lang, 'cli.summary.written', { count: written.length }));
  for (const line of groupByStem(written.filter((path) => !path.includes('/charts/')))) lines.push(`  ${line}`);
  return lines.join('\n');
}

