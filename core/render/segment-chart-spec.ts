import type { Lang } from '../i18n/index.ts';
import { t } from '../i18n/index.ts';
import type { Evidence } from '../metrics/evidence.ts';
import { metricPhrase } from '../proposal/phrases.ts';
import type { ChartSpec } from '../proposal/document.ts';
import { evidenceFormat } from '../proposal/quantities.ts';

/**
 * A bar chart of one metric across the groups of a segment field (suppressed groups left out, so no hidden figure is drawn),
 * with the whole population as the reference line (not for counts): the dashboard's view of "where does it stand out". Null
 * when fewer than two groups can be shown.
 * @example segmentChartSpec('en', evidence, 'turnover_rate', null, 'department')?.labels // ['R&D', 'Sales', …]
 */
export function segmentChartSpec(lang: Lang, evidence: readonly Evidence[], metric: string, variant: string | null, field: string): ChartSpec | null {
  const same = evidence.filter((item) => item.metric === metric && item.variant === variant);
  const groups = same.filter((item) => item.segment?.field === field && !item.suppressed && item.value !== null);
  if (groups.length < 2) return null;
  const whole = same.find((item) => item.segment === null && !item.suppressed && item.value !== null);
  const name = metricPhrase(lang, metric, variant);
  return {
    id: `${metric}${variant ? `:${variant}` : ''}-by-${field}`,
    type: 'bar',
    title: t(lang, 'ui.chart.byDepartment', { metric: lang === 'en' ? name.charAt(0).toUpperCase() + name.slice(1) : name }),
    labels: groups.map((item) => item.segment!.value),
    series: [{ label: name, values: groups.map((item) => item.value), evidenceIds: groups.map((item) => item.id) }],
    format: evidenceFormat(groups[0]),
    // A count's whole is the sum of its groups, not a level they can be set against: no line for headcount.
    reference: whole && whole.unit !== 'count' ? { label: t(lang, 'ui.chart.company'), value: whole.value! } : null,
  };
}
