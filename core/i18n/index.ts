import { en, type MessageKey } from './en.ts';
import { fillTemplate } from './fill-template.ts';
import { zhCN } from './zh-cn.ts';

export type { MessageKey };
export type Lang = 'en' | 'zh-CN';
export const langs: readonly Lang[] = ['en', 'zh-CN'];

const catalogues: Record<Lang, Record<MessageKey, string>> = { en, 'zh-CN': zhCN };

/** Map a host's language tag (`zh`, `zh-Hans-CN`, `en-GB`) to a supported language, so hosts follow their UI language. @example toLang('zh-Hans') // 'zh-CN' */
export function toLang(tag: string | null | undefined): Lang {
  return tag && /^zh\b/i.test(tag) ? 'zh-CN' : 'en';
}

/**
 * A message in the given language with `{name}` placeholders filled in.
 * @example t('en', 'app.name') // 'PeopleCase'
 */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return fillTemplate(catalogues[lang][key], params);
}

/** Every key of a catalogue, for completeness tests. */
export function messageKeys(lang: Lang): string[] {
  return Object.keys(catalogues[lang]);
}

/**
 * A catalogue key built at run time (from a metric, field or adapter id, or a variant that may be a label from the file such as
 * an exit reason) as a typed key, or null when the catalogue lacks it, so callers fall back instead of printing a raw key.
 * @example messageKeyOf('variant.voluntary') // 'variant.voluntary'; messageKeyOf('variant.More money') // null
 */
export function messageKeyOf(key: string): MessageKey | null {
  return Object.hasOwn(catalogues.en, key) ? (key as MessageKey) : null;
}

const locales: Record<Lang, string> = { en: 'en-US', 'zh-CN': 'zh-CN' };

/** A ratio as a percentage with the locale's conventions. @example formatPercent('en', 0.1834) // '18.3%' */
export function formatPercent(lang: Lang, ratio: number, digits = 1): string {
  return new Intl.NumberFormat(locales[lang], { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(ratio);
}

/** A plain number with locale grouping. @example formatNumber('en', 1234.5, 1) // '1,234.5' */
export function formatNumber(lang: Lang, value: number, digits = 0): string {
  return new Intl.NumberFormat(locales[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A money amount in the given ISO currency. @example formatCurrency('en', 79350, 'USD') // '$79,350' */
export function formatCurrency(lang: Lang, amount: number, currency: string): string {
  return new Intl.NumberFormat(locales[lang], { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

/** An ISO date (`2024-03-01`) written the locale's way. @example formatDate('zh-CN', '2024-03-01') // '2024年3月1日' */
export function formatDate(lang: Lang, iso: string): string {
  return new Intl.DateTimeFormat(locales[lang], { year: 'numeric', month: lang === 'en' ? 'short' : 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** A duration in whole-word units (`12 days`, `3.5年`), plural rules included, so renderers never glue units by hand. @example formatUnit('en', 3.46, 'year', 1) // '3.5 years' */
export function formatUnit(lang: Lang, value: number, unit: 'day' | 'year', digits = 0): string {
  return new Intl.NumberFormat(locales[lang], { style: 'unit', unit, unitDisplay: 'long', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}
