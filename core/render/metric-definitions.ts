import { t, type Lang } from '../i18n/index.ts';
import { messageKeyOf } from '../i18n/index.ts';

/**
 * "Name: definition" lines for the metrics behind some evidence, in the reader's language and first-cited order, so a
 * presenter's notes answer "how is that measured?" for the numbers on the slide. The metric id is the part of an evidence id
 * before the first `:` or `|` (`turnover_rate:voluntary|department=R&D|…`); metrics without a catalogued definition (business
 * metrics read from the user's files) are left out. No evidence gives no lines.
 * @example metricDefinitions('en', ['turnover_rate|department=R&D|2024-01-01..2024-12-31'])[0] // 'Turnover rate: Separations in the period divided by…'
 */
export function metricDefinitions(lang: Lang, evidenceIds: Iterable<string>): string[] {
  const metrics = new Set<string>();
  for (const id of evidenceIds) metrics.add(id.split(/[:|]/, 1)[0]);
  return [...metrics].flatMap((metric) => {
    const definition = messageKeyOf(`metric.${metric}.definition`);
    if (!definition) return [];
    const name = messageKeyOf(`metric.${metric}.name`);
    return [t(lang, 'export.notes.definition', { name: name ? t(lang, name) : metric, definition: t(lang, definition) })];
  });
}
