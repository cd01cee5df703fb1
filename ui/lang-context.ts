import { createContext, useContext } from 'react';
import { t, type Lang, type MessageKey } from '../core/i18n/index.ts';

/** The language every shared component speaks; hosts provide it from Office's or the browser's UI language. */
export const LangContext = createContext<Lang>('en');

/** Translate function bound to the current language, so components never carry a language prop. */
export function useT(): { lang: Lang; tr: (key: MessageKey, params?: Record<string, string | number>) => string } {
  const lang = useContext(LangContext);
  return { lang, tr: (key, params) => t(lang, key, params) };
}
