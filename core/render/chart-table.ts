import type { Lang } from '../i18n/index.ts';
import type { ChartSpec } from '../proposal/document.ts';
import { formatValue } from './format-value.ts';
import type { TextTable } from './text-table.ts';

/**
 * A chart's data as a small table, which writers show when they have no image of the chart so the numbers are never lost.
 * One row per label, one column per series, values in the chart's format; the reference line is a last row; missing values are '—'.
 * @example chartTable(spec, 'en').rows[0] // ['R&D', '18.3%']
 */
export function chartTable(spec: ChartSpec, lang: Lang): TextTable {
  const format = (value: number | null): string => (value === null ? '—' : formatValue(lang, value, spec.format, spec.currency));
  const rows = spec.labels.map((label, index) => [label, ...spec.series.map((series) => format(series.values[index] ?? null))]);
  if (spec.reference) rows.push([spec.reference.label, ...spec.series.map(() => format(spec.reference!.value))]);
  return { header: [spec.title, ...spec.series.map((series) => series.label)], rows, numeric: [false, ...spec.series.map(() => true)] };
}
