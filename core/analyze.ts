import { inferFieldMap } from './table/infer-fields.ts';
import { FieldMapError } from './table/field-map-error.ts';
import { toDataset, segmentColumn } from './table/to-dataset.ts';
import { type Day, type Period, dayFromYmd, todayDay, ymdFromDay } from './table/day.ts';
import type { Dataset, FieldMap } from './table/dataset.ts';
import type { DataIssue, RawTable } from './table/raw-table.ts';
import type { Evidence } from './metrics/evidence.ts';
import type { Grouping } from './metrics/metric.ts';
import { evaluateMetrics } from './metrics/evaluate.ts';
import { allMetrics } from './metrics/index.ts';

/** What the user asked for: segment, period and field overrides. */
export interface AnalyzeOptions {
  /** Canonical field id or source header to break every metric down by. */
  by?: string | null;
  /** Period for period metrics; null picks the twelve months ending at the latest date in the data. */
  period?: Period | null;
  overrides?: FieldMap;
  /** "Today": later termination dates are scheduled, not separations. */
  asOf?: Day;
  /** Smallest group shown (never below 3). */
  k?: number;
}

/** Everything one analysis produced, in pipeline order. */
export interface Analysis {
  fieldMap: FieldMap;
  ambiguities: { field: string; headers: string[] }[];
  dataset: Dataset;
  period: Period | null;
  issues: DataIssue[];
  evidence: Evidence[];
}

/**
 * The twelve calendar months ending with the month of the latest hire or termination date in the data (capped at asOf), so a
 * roster exported years ago is analysed over its own last year rather than an empty one, in whole months as HR reports them;
 * null when there are no dates.
 * @example defaultPeriod(datasetWithLatestDate20181110) // { from: 2017-12-01, to: 2018-11-30 }
 */
export function defaultPeriod(dataset: Dataset): Period | null {
  let latest = -Infinity;
  for (const field of ['hireDate', 'terminationDate'] as const) {
    const column = dataset.fields[field];
    if (column?.type !== 'date') continue;
    for (const day of column.days) if (day > latest && day <= dataset.asOf) latest = day;
  }
  if (!Number.isFinite(latest)) return null;
  const [year, month] = ymdFromDay(latest);
  const [nextYear, nextMonth] = month === 12 ? [year + 1, 1] : [year, month + 1];
  return { from: dayFromYmd(nextYear - 1, nextMonth, 1), to: Math.min(dayFromYmd(nextYear, nextMonth, 1) - 1, dataset.asOf) };
}

/** The grouping for `--by`, from a canonical field or any source header; a name the table cannot group by is a FieldMapError listing what exists. */
function groupingFor(dataset: Dataset, by: string): Grouping {
  let column;
  try {
    column = segmentColumn(dataset, by);
  } catch (error) {
    throw new FieldMapError((error as Error).message);
  }
  return { field: by, codes: column.codes, labels: column.labels };
}

/**
 * Run the roster pipeline on one table: infer fields, validate into a Dataset, compute every applicable metric
 * for the whole population and per segment. An override or `by` naming an unknown field or header throws FieldMapError.
 * @example analyzeTable(readCsv(bytes), { by: 'department' }).evidence.length // > 0
 */
export function analyzeTable(raw: RawTable, options: AnalyzeOptions = {}): Analysis {
  const inference = inferFieldMap(raw, { overrides: options.overrides });
  if (inference.unknownOverrides.length > 0) throw new FieldMapError(inference.unknownOverrides.map((unknown) => unknown.message).join('; '));
  const dataset = toDataset(raw, inference.fieldMap, { asOf: options.asOf ?? todayDay() });
  const period = options.period === undefined || options.period === null ? defaultPeriod(dataset) : options.period;
  const grouping = options.by ? groupingFor(dataset, options.by) : null;
  const evidence = evaluateMetrics(allMetrics, dataset, { period, grouping }, { k: options.k ?? 5 });
  return {
    fieldMap: inference.fieldMap,
    ambiguities: inference.ambiguities,
    dataset,
    period,
    issues: [...raw.readIssues, ...dataset.issues],
    evidence,
  };
}
