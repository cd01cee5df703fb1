import { formatCurrency, formatDate, formatNumber, formatPercent, formatUnit, type Lang } from '../i18n/index.ts';
import type { QuantityFormat } from '../proposal/document.ts';
import { isoFromDay } from '../table/day.ts';

/**
 * A value written in one of the document formats for a language, so text, tables and chart axes show numbers alike:
 * percent 1 decimal, integer grouped, number up to 1 decimal, currency by ISO code, days whole, years 1 decimal, ratio 2 decimals,
 * date per locale (ISO text or a day number), p-value as `p = 0.003` / `p < 0.001`. Throws on a non-finite number, a text
 * value outside `date`, or money without a currency: each is a bug in whatever built the value.
 * @example formatValue('zh-CN', 79350, 'currency', 'CNY') // '¥79,350'
 */
export function formatValue(lang: Lang, value: number | string, format: QuantityFormat, currency?: string): string {
  if (typeof value === 'string') {
    if (format === 'date') return formatDate(lang, value);
    throw new Error(`formatValue: text value "${value}" given for format ${format}; only dates may be text`);
  }
  if (!Number.isFinite(value)) throw new Error(`formatValue: ${value} is not a finite number (format ${format})`);
  switch (format) {
    case 'percent':
      return formatPercent(lang, value, 1);
    case 'integer':
      return formatNumber(lang, value, 0);
    case 'number':
      return formatNumber(lang, value, Number.isInteger(value) ? 0 : 1);
    case 'currency':
      if (!currency) throw new Error('formatValue: a currency value needs its ISO currency code');
      return formatCurrency(lang, value, currency);
    case 'days':
      return formatUnit(lang, value, 'day', 0);
    case 'years':
      return formatUnit(lang, value, 'year', 1);
    case 'ratio':
      return formatNumber(lang, value, 2);
    case 'date':
      return formatDate(lang, isoFromDay(value));
    case 'p-value':
      return value < 0.001 ? 'p < 0.001' : `p = ${value.toFixed(3)}`;
  }
}
