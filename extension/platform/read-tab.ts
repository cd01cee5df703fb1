import { browser, type Browser } from 'wxt/browser';
import { pageCaptureSchema, type PageCapture } from '../page/page-capture-schema.ts';
import { collectAcrossPages, loadInTab } from './collect-across-pages.ts';
import { parseMessage } from './messages.ts';

/** The longest wait for one page of a paged list to load while collecting across pages. */
const PAGE_LOAD_TIMEOUT_MS = 30_000;

/** Rows collected so far, and the total the page declares. */
type OnProgress = (rows: number, total: number | null) => void;

/** Collecting under way: what it resolves to, and how to stop it (keeping what was collected). */
export interface CollectRun<T> {
  done: Promise<T>;
  cancel: () => Promise<void>;
}

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
async function collectTab(tabId: number): Promise<PageCapture | null> {
  const results = await browser.scripting.executeScript({ target: { tabId }, files: ['/collect.js'] } as Parameters<typeof browser.scripting.executeScript>[0]);
  const result = (results[0] as { result?: unknown } | undefined)?.result;
  return result === null || result === undefined ? null : pageCaptureSchema.parse(result);
}

/** Collect inside the page with the collect script, forwarding its progress messages; cancel asks the script to stop and return what it has. */
function collectInPage(tabId: number, onProgress: OnProgress): CollectRun<PageCapture | null> {
  const onMessage = (raw: unknown) => {
    const message = parseMessage(raw);
    if (message?.type === 'collect-progress') onProgress(message.rows, message.total);
  };
  browser.runtime.onMessage.addListener(onMessage);
  const done = collectTab(tabId).finally(() => browser.runtime.onMessage.removeListener(onMessage));
  return { done, cancel: async () => void (await browser.tabs.sendMessage(tabId, { type: 'collect-cancel' })) };
}

/** Collect from the panel, loading each page before and after the user's in the tab and reading it with the capture script; cancel stops once the page in hand is read (so its load is not taken for the user's). */
function collectByLoads(tabId: number, capture: PageCapture, onProgress: OnProgress): CollectRun<PageCapture> {
  const controller = new AbortController();
  const tab = {
    load: (url: string) => loadInTab(browser.tabs, tabId, url, PAGE_LOAD_TIMEOUT_MS),
    read: async () => {
      const reading = await readTab(tabId);
      return reading.kind === 'read' ? reading.capture : null;
    },
  };
  return { done: collectAcrossPages(capture, tab, { signal: controller.signal, onProgress }), cancel: async () => controller.abort() };
}

/**
 * Collect the whole of the tab's table the way its page allows, on the user's click, wherever the user is in the list:
 * following its previous and next links page load by page load, or scrolling and paging inside the page; the tab is then left
 * on the user's page (or scroll position). Resolves to every row collected and the address the tab ended on; cancel stops
 * either way and keeps what was collected.
 */
export function collectInTab(tabId: number, capture: PageCapture, onProgress: OnProgress): CollectRun<{ capture: PageCapture; url: string } | null> {
  const run = capture.prevUrl || capture.nextUrl ? collectByLoads(tabId, capture, onProgress) : collectInPage(tabId, onProgress);
  // A tab closed meanwhile still gives what was collected (with no address, so coming back reads afresh).
  const done = run.done.then(async (collected) => (collected ? { capture: collected, url: (await browser.tabs.get(tabId).catch(() => null))?.url ?? '' } : null));
  return { done, cancel: run.cancel };
}
