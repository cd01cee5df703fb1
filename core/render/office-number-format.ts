import type { Lang } from '../i18n/index.ts';
import type { QuantityFormat } from '../proposal/document.ts';
import { formatValue } from './format-value.ts';

/** Literal text in an Office number format is quoted; a quote inside it cannot be, so it is dropped. */
function quoted(text: string): string {
  return text ? `"${text.replaceAll('"', '')}"` : '';
}

/** The words around the number in a formatted sample (`CN¥` in `CN¥2`, ` days` in `2 days`) around an Office digit pattern. */
function affixed(sample: string, digits: string): string {
  const number = /\d+(?:[.,]\d+)?/.exec(sample);
  if (!number) throw new Error(`officeNumberFormat: no number in "${sample}"`);
  return `${quoted(sample.slice(0, number.index))}${digits}${quoted(sample.slice(number.index + number[0].length))}`;
}

/**
 * The Office (Excel, PowerPoint chart) number format code that shows values the way formatValue writes them in the text,
 * so a native chart's axis and data labels read like the document: `0.0%`, `#,##0`, `"CN¥"#,##0`, `0" days"`, `0.00`…
 * Currency symbols and units come from formatValue itself, so both always agree; money without a currency throws as there.
 * @example officeNumberFormat('zh-CN', 'days') // '#,##0"天"'
 */
export function officeNumberFormat(lang: Lang, format: QuantityFormat, currency?: string): string {
  switch (format) {
    case 'percent':
      return '0.0%';
    case 'integer':
      return '#,##0';
    case 'number':
      return '#,##0.0';
    case 'currency':
      return affixed(formatValue(lang, 2, 'currency', currency), '#,##0');
    // A plural sample (2) so the unit reads "days", as axis values mostly are.
    case 'days':
      return affixed(formatValue(lang, 2, 'days'), '#,##0');
    case 'years':
      return affixed(formatValue(lang, 2, 'years'), '#,##0.0');
    case 'ratio':
      return '0.00';
    case 'date':
      return 'yyyy-mm-dd';
    case 'p-value':
      return '0.000';
  }
}
