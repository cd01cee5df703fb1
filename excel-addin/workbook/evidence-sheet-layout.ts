import { t, type Lang } from '../../core/i18n/index.ts';
import type { Evidence } from '../../core/metrics/evidence.ts';
import { monthCheckpoints } from '../../core/metrics/month-checkpoints.ts';
import { metricPhrase } from '../../core/proposal/phrases.ts';
import { columnLetters } from '../../core/table/cell-address.ts';
import { allMetrics } from '../../core/metrics/index.ts';
import type { Metric } from '../../core/metrics/metric.ts';
import type { FieldMap } from '../../core/table/dataset.ts';
import type { TableRole } from '../../core/table/fields.ts';
import { isoFromDay, type Day, type Period } from '../../core/table/day.ts';
import { evidenceFormula, type FormulaContext } from './evidence-formula.ts';
import { neutraliseCellText } from './neutralise-cell-text.ts';
import { sheetRef } from './sheet-ref.ts';
import type { WorkbookSource } from './workbook-source.ts';

/** A workbook source the formulas recompute from, with the mapping of its headers to core's fields. */
export interface EvidenceSheetSource {
  source: Pick<WorkbookSource, 'kind' | 'name' | 'sheet' | 'address' | 'headers'>;
  fieldMap: FieldMap;
}

/** Everything the evidence sheet shows: the sources it recomputes from (one per role) and the evidence to check. */
export interface EvidenceSheetInput {
  lang: Lang;
  sources: Partial<Record<TableRole, EvidenceSheetSource>>;
  evidence: readonly Evidence[];
  /** The analysis period, null when the data has no dates. */
  period: Period | null;
  /** Day the point-in-time metrics are measured on: the period's end, else the as-of day (as the metrics do). */
  day: Day;
  /** The analysis' as-of day (the data's "today"), for early attrition's elapsed windows; without it those rows get no formula. */
  asOf?: Day;
  /** Headline metrics (the dashboard's) charted by department when their evidence has department values. */
  chartMetrics: readonly string[];
}

/** A block of cells to write at an address: formulas or constants, and optionally a number format per cell. */
export interface CellBlock {
  address: string;
  formulas: (string | number)[][];
  numberFormats?: string[][];
}

/** What writeEvidenceSheet puts on the new sheet, laid out before any host call so it can be tested as data. */
export interface EvidenceSheetLayout {
  blocks: CellBlock[];
  /** Header row of the evidence table, for bold formatting. */
  headerAddress: string;
  /** Native charts to add: one per headline metric with department values, none overlapping. */
  charts: EvidenceChart[];
}

/** A column chart of one metric by department: its data range, title, and the cells its corners sit on. */
export interface EvidenceChart {
  address: string;
  title: string;
  from: string;
  to: string;
}

const firstTableRow = 7;
/** Which table each metric reads, so an evidence row's formula points into that table's source. */
const metricRoles = new Map<string, TableRole>((allMetrics as readonly Metric[]).map((metric) => [metric.id, metric.role ?? 'roster']));
const unitFormats: Record<Evidence['unit'], string> = { ratio: '0.0%', count: '#,##0', days: '0.0', years: '0.0', currency: '#,##0', 'per-manager': '0.0' };

/** Excel DATE(...) of a day, so the cell is a real date whatever the locale. */
function dateFormula(day: Day): string {
  const [year, month, date] = isoFromDay(day).split('-').map(Number);
  return `=DATE(${year},${month},${date})`;
}

function columnIndexOf(letters: string): number {
  let n = 0;
  for (const char of letters) n = n * 26 + (char.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * Reference to a source column's data cells: a structured reference for a table (special characters escaped with '), an
 * absolute range below the header otherwise.
 * @example columnReference({ kind: 'table', name: 'Roster', headers: ['Hire Date'], … }, 'Hire Date') // 'Roster[Hire Date]'
 */
export function columnReference(source: EvidenceSheetSource['source'], header: string): string {
  if (source.kind === 'table') return `${source.name}[${header.replace(/[[\]#']/g, "'$&")}]`;
  const [start, end] = source.address.replaceAll('$', '').split(':');
  const startColumn = /^[A-Z]+/.exec(start)![0];
  const firstRow = Number(/\d+$/.exec(start)![0]) + 1;
  const lastRow = Number(/\d+$/.exec(end ?? start)![0]);
  const letters = columnLetters(columnIndexOf(startColumn) + source.headers.indexOf(header));
  return `${sheetRef(source.sheet)}!$${letters}$${firstRow}:$${letters}$${lastRow}`;
}

/**
 * The evidence sheet as cell blocks: the dates the formulas use, then one row per evidence item with the live Excel formula
 * (when the metric has one), PeopleCase's value, a check that they agree, n and the 95% interval; suppressed groups show
 * neither value nor formula (a formula would reveal them). Text from the data is neutralised. Each headline metric with
 * department values gets a chart data block.
 * @example evidenceSheetLayout(input).blocks[0].address // 'A1:B4'
 */
export function evidenceSheetLayout(input: EvidenceSheetInput): EvidenceSheetLayout {
  const { lang, evidence, period } = input;
  const checkpoints = period ? Array.from(monthCheckpoints(period)) : [];
  const checkpointRange = `$K$${firstTableRow}:$K$${firstTableRow + Math.max(1, checkpoints.length) - 1}`;
  // The as-of day, when given, last (row 5, just above the evidence table's header).
  const dates: [string, string | number][] = [
    [t(lang, 'ui.sheet.day'), dateFormula(input.day)],
    [t(lang, 'ui.sheet.from'), period ? dateFormula(period.from) : ''],
    [t(lang, 'ui.sheet.to'), period ? dateFormula(period.to) : ''],
    ...(input.asOf === undefined ? [] : [[t(lang, 'ui.sheet.asOf'), dateFormula(input.asOf)] as [string, string]]),
  ];
  const header: CellBlock = {
    address: `A1:B${1 + dates.length}`,
    formulas: [[neutraliseCellText(t(lang, 'ui.sheet.evidenceTitle', { source: Object.values(input.sources).map(({ source }) => source.name).join(', ') })), ''], ...dates],
    numberFormats: [['General', 'General'], ...dates.map(() => ['General', 'yyyy-mm-dd'])],
  };
  const asOf = input.asOf === undefined ? undefined : `$B$${1 + dates.length}`;
  const contexts = new Map(
    Object.entries(input.sources).map(([role, { source, fieldMap }]): [string, FormulaContext] => [role, { fieldMap, column: (name) => columnReference(source, name), day: '$B$2', from: '$B$3', to: '$B$4', asOf, checkpoints: checkpointRange }]),
  );
  const titles = ['metric', 'segment', 'excel', 'peoplecase', 'agrees', 'n', 'ciLow', 'ciHigh'] as const;
  const blocks: CellBlock[] = [header, { address: `A${firstTableRow - 1}:H${firstTableRow - 1}`, formulas: [titles.map((key) => t(lang, `ui.sheet.${key}`))] }];
  const rows = evidence.map((item, index) => {
    const row = firstTableRow + index;
    const context = contexts.get(metricRoles.get(item.metric) ?? '');
    const formula = item.suppressed || !context ? null : evidenceFormula(item, context);
    const segment = item.segment ? neutraliseCellText(item.segment.value) : t(lang, 'ui.all');
    const check = formula ? `=IF(ISNUMBER(C${row}),IF(ABS(C${row}-D${row})<=0.0000001*MAX(1,ABS(D${row})),"✓","✗"),"✗")` : t(lang, item.suppressed ? 'ui.sheet.hidden' : 'ui.sheet.noFormula');
    return [metricPhrase(lang, item.metric, item.variant), segment, formula ?? '', item.value ?? '', check, item.n, item.ci95?.[0] ?? '', item.ci95?.[1] ?? ''];
  });
  if (rows.length > 0) {
    blocks.push({
      address: `A${firstTableRow}:H${firstTableRow + rows.length - 1}`,
      formulas: rows,
      numberFormats: evidence.map(({ unit }) => ['General', 'General', unitFormats[unit], unitFormats[unit], 'General', '#,##0', unitFormats[unit], unitFormats[unit]]),
    });
  }
  if (checkpoints.length > 0) {
    blocks.push({ address: `K${firstTableRow - 1}`, formulas: [[t(lang, 'ui.sheet.checkpoints')]] });
    blocks.push({ address: checkpointRange.replaceAll('$', ''), formulas: checkpoints.map((day) => [dateFormula(day)]), numberFormats: checkpoints.map(() => ['yyyy-mm-dd']) });
  }
  const charts = departmentCharts(input, firstTableRow - 1);
  blocks.push(...charts.map(({ block }) => block));
  return { blocks, headerAddress: `A${firstTableRow - 1}:H${firstTableRow - 1}`, charts: charts.map(({ chart }) => chart) };
}

/** A title with its first letter upper-case, since English metric phrases are written to sit mid-sentence. */
function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Rows a chart spans on the sheet, so stacked charts never overlap. */
const chartRows = 16;

/**
 * One chart per headline metric with at least two shown department values: its data block (labels and values linked to the
 * evidence rows) stacked down column M:N, and the chart placed beside it in P:X, each below the one before.
 */
function departmentCharts(input: EvidenceSheetInput, top: number): { block: CellBlock; chart: EvidenceChart }[] {
  const charts: { block: CellBlock; chart: EvidenceChart }[] = [];
  let dataRow = top;
  for (const metric of input.chartMetrics) {
    const rows = input.evidence
      .map((item, index) => ({ item, row: firstTableRow + index }))
      .filter(({ item }) => item.metric === metric && item.variant === null && item.segment?.field === 'department' && !item.suppressed && item.value !== null);
    if (rows.length < 2) continue;
    const address = `M${dataRow}:N${dataRow + rows.length}`;
    const phrase = metricPhrase(input.lang, metric, null);
    const chartTop = top + charts.length * (chartRows + 1);
    charts.push({
      block: { address, formulas: [[t(input.lang, 'ui.sheet.segment'), phrase], ...rows.map(({ row }) => [`=B${row}`, `=D${row}`])], numberFormats: [['General', 'General'], ...rows.map(({ item }) => ['General', unitFormats[item.unit]])] },
      chart: { address, title: capitalised(t(input.lang, 'ui.sheet.chartTitle', { metric: phrase })), from: `P${chartTop}`, to: `X${chartTop + chartRows - 1}` },
    });
    dataRow += rows.length + 2;
  }
  return charts;
}
