import { browser, type Browser } from 'wxt/browser';
import { pageCaptureSchema, type PageCapture } from '../page/page-capture.ts';

/** The outcome of reading a tab: its table, no table, or no permission to read it (the panel then offers to ask). */
export type TabReading = { kind: 'read'; capture: PageCapture } | { kind: 'none' } | { kind: 'no-access' };

/** Whether a tab shows a web page (not the browser's own pages or an extension page such as this panel opened in a tab). */
function isWebPage(tab: Browser.tabs.Tab): boolean {
  return /^https?:\/\//.test(tab.url ?? '');
}

/**
 * The page the panel is about: the active tab of this window when it is a web page, else the web page used most recently in
 * this window (the panel itself may be the active tab when opened as a page); null when the window has none.
 */
export async function targetTab(): Promise<Browser.tabs.Tab | null> {
  const tabs = await browser.tabs.query({ currentWindow: true });
  const active = tabs.find((tab) => tab.active && isWebPage(tab));
  if (active) return active;
  const pages = tabs.filter(isWebPage).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return pages[0] ?? null;
}

/** Run the capture script in the tab and validate what comes back; a refused injection means the site is not granted. */
export async function readTab(tabId: number): Promise<TabReading> {
  let results: { result?: unknown }[];
  try {
    results = await browser.scripting.executeScript({ target: { tabId }, files: ['/capture.js'] } as Parameters<typeof browser.scripting.executeScript>[0]);
  } catch (error) {
    if (/permission|cannot access|missing host/i.test(String(error))) return { kind: 'no-access' };
    throw error;
  }
  const result = results[0]?.result;
  if (result === null || result === undefined) return { kind: 'none' };
  return { kind: 'read', capture: pageCaptureSchema.parse(result) };
}

/** Run the collect script in the tab: it scrolls or pages through the table and returns every row (progress arrives as messages). */
export async function collectTab(tabId: number): Promise<PageCapture | null> {
  const results = await browser.scripting.executeScript({ target: { tabId }, files: ['/collect.js'] } as Parameters<typeof browser.scripting.executeScript>[0]);
  const result = (results[0] as { result?: unknown } | undefined)?.result;
  return result === null || result === undefined ? null : pageCaptureSchema.parse(result);
}

/** Ask the collect script running in the tab to stop and return what it has. */
export async function cancelCollect(tabId: number): Promise<void> {
  await browser.tabs.sendMessage(tabId, { type: 'collect-cancel' });
}
