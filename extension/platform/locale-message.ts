import { browser } from 'wxt/browser';

// WXT types message names and asset paths from files `wxt prepare` generates; the repository typecheck does not load them,
// so these two lookups are typed by hand (the build still checks both exist: a missing message prints its name).
const i18n = browser.i18n as unknown as { getMessage(name: string, substitutions?: string[]): string };
const runtime = browser.runtime as unknown as { getURL(path: string): string };

/** A message from the extension's `_locales` in the browser's language (the launcher cannot afford the whole catalogue). */
export function localeMessage(name: 'launcherLabel' | 'launcherTitle' | 'launcherHide', ...substitutions: string[]): string {
  return i18n.getMessage(name, substitutions);
}

/** The URL of a file shipped in the extension, for pages that show extension assets (the launcher's icon). */
export function extensionUrl(path: `/${string}`): string {
  return runtime.getURL(path);
}
