import type { Analysis } from '../analyze.ts';
import type { Evidence } from '../metrics/evidence.ts';
import { formatNumber, formatPercent, messageKeyOf, t, type Lang, type MessageKey } from '../i18n/index.ts';
import { isoFromDay } from '../table/day.ts';

/** The `--json` document of `analyze`: the contract scripts rely on (issue "Foundation", The CLI). */
export function analysisJson(source: string, analysis: Analysis) {
  return {
    source,
    rows: analysis.dataset.rowCount,
    fieldMap: analysis.fieldMap,
    ambiguities: analysis.ambiguities,
    period: analysis.period ? { from: isoFromDay(analysis.period.from), to: isoFromDay(analysis.period.to) } : null,
    issues: analysis.issues.map(({ row, column, cell, reason, code, severity }) => ({ row, column, ...(cell ? { cell } : {}), reason, code, severity })),
    evidence: analysis.evidence,
  };
}

/** A metric value written in its unit, so the table reads like a report rather than raw floats. */
function formatValue(lang: Lang, evidence: Evidence, value: number | null): string {
  if (value === null || Number.isNaN(value)) return '—';
  switch (evidence.unit) {
    case 'ratio':
      return formatPercent(lang, value);
    case 'count':
      return formatNumber(lang, value);
    case 'currency':
      return formatNumber(lang, value);
    default:
      return formatNumber(lang, value, 2);
  }
}

/** Left-aligned columns padded by display width (CJK characters take two cells in a terminal). */
function padTable(rows: string[][]): string {
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => width(r[c]))));
  return rows.map((r) => r.map((cell, c) => cell + ' '.repeat(widths[c] - width(cell))).join('  ').trimEnd()).join('\n');
}

/** Why a figure is hidden, said in the report: a small group, too few men or women for a pay gap, or shielding a smaller group. */
const hiddenKeys = { 'small-group': 'cli.suppressed', 'small-sex-group': 'cli.suppressed.sexGroup', complementary: 'cli.suppressed.complementary' } as const;

/** A metric's display name with its variant, in the reader's language; a variant from the data (an exit reason) as written. */
function metricLabel(lang: Lang, evidence: Evidence): string {
  const name = t(lang, `metric.${evidence.metric}.name` as MessageKey);
  if (!evidence.variant) return name;
  const variantKey = messageKeyOf(`variant.${evidence.variant}`);
  return `${name} (${variantKey ? t(lang, variantKey) : evidence.variant})`;
}

/** The human-readable report of `analyze`: data summary, issues, then one line per evidence item. */
export function analysisText(lang: Lang, source: string, analysis: Analysis): string {
  const lines: string[] = [];
  lines.push(t(lang, 'cli.source', { source, rows: formatNumber(lang, analysis.dataset.rowCount) }));
  if (analysis.period) lines.push(t(lang, 'cli.period', { from: isoFromDay(analysis.period.from), to: isoFromDay(analysis.period.to) }));
  lines.push(t(lang, 'cli.fieldMap', { map: Object.entries(analysis.fieldMap).map(([field, header]) => `${field}←${header}`).join(', ') }));
  for (const a of analysis.ambiguities) lines.push(t(lang, 'cli.ambiguous', { field: a.field, headers: a.headers.join(' / ') }));
  if (analysis.issues.length > 0) {
    lines.push('', t(lang, 'cli.issues', { count: analysis.issues.length }));
    for (const issue of analysis.issues.slice(0, 20)) {
      const where = [issue.cell ?? (issue.row !== null ? t(lang, 'cli.row', { row: issue.row }) : null), issue.column].filter(Boolean).join(' ');
      lines.push(`  ${where}: ${issue.reason}`);
    }
    if (analysis.issues.length > 20) lines.push(`  ${t(lang, 'cli.moreIssues', { count: analysis.issues.length - 20 })}`);
  }
  const header = ['cli.col.metric', 'cli.col.segment', 'cli.col.value', 'cli.col.ci', 'cli.col.n', 'cli.col.rest', 'cli.col.p', 'cli.col.note'].map((k) => t(lang, k as MessageKey));
  const rows = analysis.evidence.map((e) => [
    metricLabel(lang, e),
    e.segment ? e.segment.value : t(lang, 'cli.all'),
    e.suppressed ? t(lang, hiddenKeys[e.suppressionReason ?? 'small-group']) : formatValue(lang, e, e.value),
    e.ci95 ? `${formatValue(lang, e, e.ci95[0])}–${formatValue(lang, e, e.ci95[1])}` : '',
    formatNumber(lang, e.n),
    formatValue(lang, e, e.restValue),
    e.qValue !== null ? formatNumber(lang, e.qValue, 3) : '',
    e.excluded > 0 ? t(lang, 'cli.excluded', { count: e.excluded }) : '',
  ]);
  lines.push('', padTable([header, ...rows]));
  return lines.join('\n');
}
