import { t, type Lang } from '../i18n/index.ts';
import type { Evidence } from '../metrics/evidence.ts';
import { metricPhrase } from '../proposal/phrases.ts';
import { evidenceFormat } from '../proposal/quantities.ts';
import { formatValue } from '../render/format-value.ts';

/** One figure of the data at hand next to the same figure in the user's baseline data. */
export interface BaselineComparison {
  metric: string;
  variant: string | null;
  here: number;
  baseline: number;
  text: string;
}

/** The whole-population value of an evidence item, or null when it is hidden or has nothing to show. */
function shownValue(item: Evidence | undefined): number | null {
  return item && item.segment === null && !item.suppressed && item.value !== null ? item.value : null;
}

/**
 * Each whole-population figure of the data at hand beside the same figure (same metric, variant and definition) in baseline
 * data, in the data at hand's order, as a sentence ("Turnover: 18.0% here vs 9.0% in roster.csv"). Figures hidden on
 * either side (small groups, DESIGN.md §6) or missing from one side are left out; nothing in common gives [].
 * @example compareWithBaseline('en', pageEvidence, rosterEvidence, 'roster.csv', 'USD')[0].text // 'Turnover: 18.0% here vs 9.0% in roster.csv'
 */
export function compareWithBaseline(lang: Lang, here: readonly Evidence[], baseline: readonly Evidence[], source: string, currency: string): BaselineComparison[] {
  const byKey = new Map(baseline.filter((item) => item.segment === null).map((item) => [`${item.metric}|${item.variant}|${item.definition}`, item]));
  return here.flatMap((item) => {
    const value = shownValue(item);
    const other = shownValue(byKey.get(`${item.metric}|${item.variant}|${item.definition}`));
    if (value === null || other === null) return [];
    const show = (number: number) => formatValue(lang, number, evidenceFormat(item), currency);
    const text = t(lang, 'extension.baseline.line', { metric: metricPhrase(lang, item.metric, item.variant), here: show(value), baseline: show(other), source });
    return [{ metric: item.metric, variant: item.variant, here: value, baseline: other, text: text.charAt(0).toLocaleUpperCase() + text.slice(1) }];
  });
}
