import { browser } from 'wxt/browser';

const launcherId = 'peoplecase-launcher';

/** The http(s) origins the user has granted (optional host permissions, plus any granted at install), as match patterns. */
export async function grantedOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((origin) => /^https?:\/\//.test(origin));
}

/**
 * Register the launcher content script for exactly the granted sites, replacing any earlier registration, so granting or
 * revoking a site takes effect without reloading the extension. No granted site: nothing is registered.
 */
export async function syncLauncherRegistration(): Promise<void> {
  const origins = await grantedOrigins();
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [launcherId] });
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [launcherId] });
  if (origins.length === 0) return;
  await browser.scripting.registerContentScripts([{ id: launcherId, matches: origins, js: ['content-scripts/launcher.js'], runAt: 'document_idle', persistAcrossSessions: true }]);
}

/** Ask for access to one site (from a click in the side panel, as browsers require); true when granted. */
export async function requestSite(url: string): Promise<boolean> {
  const { origin } = new URL(url);
  return browser.permissions.request({ origins: [`${origin}/*`] });
}
