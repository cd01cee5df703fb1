import { browser } from 'wxt/browser';

// WXT types message names from files `wxt prepare` generates; the repository typecheck does not load them, so the lookup
// is typed by hand (a missing message shows as an empty string, and the launcher test reads every name).
const i18n = browser.i18n as unknown as { getMessage(name: string, substitutions?: string[]): string };

/** A message from the extension's `_locales` in the browser's language: the launcher and badges live in the page and have no language switch. */
export function localeMessage(name: 'launcherLabel' | 'launcherTitle' | 'launcherHide' | 'badgeOpen' | 'badgeAged' | 'badgeFeedbackOverdue', ...substitutions: string[]): string {
  return i18n.getMessage(name, substitutions);
}
