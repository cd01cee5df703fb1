import { browser } from 'wxt/browser';
import type { BadgeLimits } from '../page/requisition-badges.ts';

const key = 'inlineBadges';

/** Sites (origins) with inline badges switched on, each with the limits the panel took from core's assumptions. */
type BadgeSites = Record<string, BadgeLimits>;

/** Every site's badge setting; none until the user switches one on (badges are off by default). */
async function readBadgeSites(): Promise<BadgeSites> {
  const value = (await browser.storage.local.get(key))[key];
  return typeof value === 'object' && value !== null ? (value as BadgeSites) : {};
}

/** The limits for one site's badges, or null while the user has not switched them on there. */
export async function readBadgeLimits(origin: string): Promise<BadgeLimits | null> {
  return (await readBadgeSites())[origin] ?? null;
}

/** Switch one site's badges on (with their limits) or off (null), leaving other sites as they are. */
export async function saveBadgeLimits(origin: string, limits: BadgeLimits | null): Promise<void> {
  const { [origin]: _previous, ...others } = await readBadgeSites();
  await browser.storage.local.set({ [key]: limits ? { ...others, [origin]: limits } : others });
}

/** Call back when any site's badge setting changes, so an open page follows the panel's switch without a reload; returns the unsubscribe. */
export function onBadgeSettingChange(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => { if (area === 'local' && key in changes) callback(); };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
