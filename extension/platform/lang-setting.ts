import { browser } from 'wxt/browser';
import { toLang, type Lang } from '../../core/i18n/index.ts';

const key = 'lang';

/** The language the user chose in the panel, else the browser's UI language. */
export async function loadLang(): Promise<Lang> {
  const stored = (await browser.storage.local.get(key))[key];
  return stored === 'en' || stored === 'zh-CN' ? stored : toLang(browser.i18n.getUILanguage());
}

/** Remember the user's language choice across sessions and updates. */
export async function saveLang(lang: Lang): Promise<void> {
  await browser.storage.local.set({ [key]: lang });
}
