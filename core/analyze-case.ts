import { defaultPeriod } from './analyze.ts';
import type { CaseEvidence } from './case/build-case.ts';
import { goalsFromDataset } from './case/goals-from-dataset.ts';
import type { Evidence } from './metrics/evidence.ts';
import { evaluateMetrics } from './metrics/evaluate.ts';
import { allMetrics } from './metrics/index.ts';
import type { Grouping, MetricSettings } from './metrics/metric.ts';
import { fingerprintDataset } from './snapshot/fingerprint-dataset.ts';
import type { Dataset, FieldMap } from './table/dataset.ts';
import { dayFromYmd, ymdFromDay, type Day, type Period } from './table/day.ts';
import { FieldMapError } from './table/field-map-error.ts';
import type { TableRole } from './table/fields.ts';
import { inferFieldMap } from './table/infer-fields.ts';
import { withJoinedField } from './table/join-field.ts';
import type { DataIssue, RawTable } from './table/raw-table.ts';
import { segmentColumn, toDataset } from './table/to-dataset.ts';

/** A company's tables by role; the roster is required, the others add recruiting, training, goals and business evidence. */
export type CaseTables = { roster: RawTable } & Partial<Record<Exclude<TableRole, 'roster'>, RawTable>>;

/** What the user asked for, for every table at once. */
export interface AnalyzeCaseOptions {
  asOf: Day;
  /** null = the twelve months ending at the roster's latest date. */
  period?: Period | null;
  overrides?: Partial<Record<TableRole, FieldMap>>;
  k?: number;
  settings?: MetricSettings;
}

/** A table's data issues, with the role of the table they are in (each issue also carries its row, column and cell). */
export interface RoleIssue {
  role: TableRole;
  source: string;
  issue: DataIssue;
}

/** The evidence of a case plus what the user must see about the data: field maps, ambiguities and issues per table. */
export interface CaseAnalysis extends CaseEvidence {
  period: Period | null;
  previousPeriod: Period | null;
  fieldMaps: Partial<Record<TableRole, FieldMap>>;
  ambiguities: { role: TableRole; field: string; headers: string[] }[];
  issues: RoleIssue[];
}

/**
 * The period of the same length just before, so a change against the previous period can be found: as many calendar months
 * back when the period is whole months (2025 → 2024, leap day or not), else as many days.
 * @example previousPeriodOf(yearPeriod(2025)) // yearPeriod(2024)
 */
export function previousPeriodOf(period: Period): Period {
  const [year, month, day] = ymdFromDay(period.from);
  const [endYear, endMonth, endDay] = ymdFromDay(period.to + 1);
  if (day === 1 && endDay === 1) {
    const start = year * 12 + month - 1 - ((endYear - year) * 12 + endMonth - month);
    return { from: dayFromYmd(Math.floor(start / 12), (start % 12) + 1, 1), to: period.from - 1 };
  }
  const length = period.to - period.from + 1;
  return { from: period.from - length, to: period.from - 1 };
}

/**
 * Department columns an event table lacks, looked up in the table it refers to: candidates' from their requisition, training
 * records' from the participant's roster row, so recruiting and training metrics can be cut by department too.
 */
function withDepartments(datasets: Partial<Record<TableRole, Dataset>>): void {
  const { candidates, requisitions, training, roster } = datasets;
  if (candidates && !candidates.fields.department && requisitions) datasets.candidates = withJoinedField(candidates, 'requisitionId', requisitions, 'department');
  if (training && !training.fields.department && roster) datasets.training = withJoinedField(training, 'employeeId', roster, 'department');
}

/** Department groups of a table when it has a department column, else none (company-wide evidence only). */
function departmentGrouping(dataset: Dataset): Grouping | null {
  if (!dataset.fields.department) return null;
  const column = segmentColumn(dataset, 'department');
  return { field: 'department', codes: column.codes, labels: column.labels };
}

/** A table's name as the user knows it: file and sheet, or page. */
function sourceLabel(raw: RawTable, role: TableRole): string {
  const { fileName, sheet, url } = raw.provenance;
  return [fileName ?? url ?? role, sheet].filter(Boolean).join(' › ');
}

/**
 * Read a company's tables into one body of evidence: each table's fields inferred and validated by its role, event tables
 * given the department of what they refer to (withDepartments), every metric that applies computed for the company and per
 * department over the period and the one before it, goals turned into targets.
 * An override naming an unknown field or header throws FieldMapError.
 * @example analyzeCase({ roster, requisitions }, { asOf }).evidence.some((e) => e.metric === 'time_to_fill') // true
 */
export function analyzeCase(tables: CaseTables, options: AnalyzeCaseOptions): CaseAnalysis {
  const datasets: Partial<Record<TableRole, Dataset>> = {};
  const fieldMaps: Partial<Record<TableRole, FieldMap>> = {};
  const ambiguities: CaseAnalysis['ambiguities'] = [];
  const issues: RoleIssue[] = [];
  for (const [role, raw] of Object.entries(tables) as [TableRole, RawTable | undefined][]) {
    if (!raw) continue;
    const inference = inferFieldMap(raw, { role, overrides: options.overrides?.[role] });
    if (inference.unknownOverrides.length > 0) throw new FieldMapError(inference.unknownOverrides.map((unknown) => unknown.message).join('; '));
    const dataset = toDataset(raw, inference.fieldMap, { asOf: options.asOf, role });
    datasets[role] = dataset;
    fieldMaps[role] = inference.fieldMap;
    ambiguities.push(...inference.ambiguities.map((a) => ({ role, ...a })));
    const source = sourceLabel(raw, role);
    issues.push(...[...raw.readIssues, ...dataset.issues].map((issue) => ({ role, source, issue })));
  }
  withDepartments(datasets);
  const period = options.period ?? defaultPeriod(datasets.roster!);
  const previousPeriod = period ? previousPeriodOf(period) : null;
  const periods = previousPeriod && period ? [previousPeriod, period] : [period];
  const evidence: Evidence[] = [];
  for (const dataset of Object.values(datasets)) {
    const grouping = departmentGrouping(dataset);
    for (const p of periods) {
      const items = evaluateMetrics(allMetrics, dataset, { period: p, grouping, related: datasets, settings: options.settings }, { k: options.k ?? 5 });
      evidence.push(...items.filter((item) => p === period || item.period !== null));
    }
  }
  const { goals, targets } = goalsFromDataset(datasets.goals, allMetrics);
  const sources = (Object.entries(datasets) as [TableRole, Dataset][]).map(([role, dataset]) => ({
    label: sourceLabel(dataset.raw, role),
    rows: dataset.rowCount,
    fingerprint: fingerprintDataset(dataset),
  }));
  const businessMetrics = allMetrics.filter((metric) => (metric as { role?: TableRole }).role === 'business').map((metric) => metric.id);
  return { datasets, evidence, goals, targets, businessMetrics, sources, period, previousPeriod, fieldMaps, ambiguities, issues };
}
