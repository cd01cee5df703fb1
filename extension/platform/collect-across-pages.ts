import { mergeRows, startMerge, type RowBatch } from '../page/merge-rows.ts';
import type { PageCapture } from '../page/page-capture.ts';

/** The most pages followed: a pager that links on forever (or wraps around) must not hold the user's tab. */
const MAX_PAGES = 500;

/** The tab as the loop drives it: load an address in it (false when it did not finish loading in time) and read its table. */
export interface PageTab {
  load(url: string): Promise<boolean>;
  read(): Promise<PageCapture | null>;
}

/** The part of the browser's tabs API that loading a page in a tab uses, so tests can pass a fake. */
export interface TabsApi {
  update(tabId: number, properties: { url: string }): Promise<unknown>;
  onUpdated: { addListener(listener: TabUpdateListener): void; removeListener(listener: TabUpdateListener): void };
}
type TabUpdateListener = (tabId: number, change: { status?: string }) => void;

export interface AcrossPagesOptions {
  signal: AbortSignal;
  onProgress: (rows: number, total: number | null) => void;
}

/**
 * Load an address in the tab and wait until that load completes (a `complete` after its `loading`, so the old page's state is
 * never taken for the new one); false after `timeoutMs` or when the tab refuses the address.
 */
export function loadInTab(tabs: TabsApi, tabId: number, url: string, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    let loading = false;
    const onUpdated: TabUpdateListener = (id, change) => {
      if (id !== tabId) return;
      if (change.status === 'loading') loading = true;
      else if (change.status === 'complete' && loading) finish(true);
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    const finish = (loaded: boolean) => {
      clearTimeout(timer);
      tabs.onUpdated.removeListener(onUpdated);
      resolve(loaded);
    };
    tabs.onUpdated.addListener(onUpdated);
    tabs.update(tabId, { url }).catch(() => finish(false));
  });
}

/** A capture's rows as the batch the merge takes. */
function batchOf(capture: PageCapture): RowBatch {
  return { headers: capture.headers, rows: capture.rows, rowKeys: capture.rowKeys, total: capture.completeness.total };
}

/** Whether the next page may be followed: same site as the first page (a pager never sends the user's tab elsewhere), not seen yet. */
function mayFollow(nextUrl: string, origin: string, visited: ReadonlySet<string>): boolean {
  return URL.canParse(nextUrl) && new URL(nextUrl).origin === origin && !visited.has(nextUrl);
}

/**
 * Collect a table paged by full page loads, from the side panel (the only part that survives them), after the user's click:
 * load the next page in the same tab, read it, merge rows by key, until the declared total is reached, there is no next link,
 * the next one leaves the site or was seen, a page brings nothing new or does not load, the page cap, or cancel; what was
 * collected is kept. The result is the first page's capture holding every row, pointing at the page after the last one read.
 */
export async function collectAcrossPages(first: PageCapture, tab: PageTab, options: AcrossPagesOptions): Promise<PageCapture> {
  const merged = startMerge(first.headers, first.completeness.total);
  mergeRows(merged, batchOf(first), '');
  options.onProgress(merged.rows.length, merged.total);
  const origin = new URL(first.url).origin;
  const visited = new Set([first.url]);
  let last = first;
  for (let page = 1; last.nextUrl && page < MAX_PAGES && !options.signal.aborted; page++) {
    if (merged.total !== null && merged.rows.length >= merged.total) break;
    if (!mayFollow(last.nextUrl, origin, visited)) break;
    visited.add(last.nextUrl);
    if (!(await tab.load(last.nextUrl))) break;
    const capture = await tab.read();
    if (!capture) break;
    last = capture;
    const added = mergeRows(merged, batchOf(capture), '');
    options.onProgress(merged.rows.length, merged.total);
    if (added === 0) break;
  }
  const shown = merged.rows.length;
  return { ...first, headers: merged.headers, rows: merged.rows, rowKeys: merged.rowKeys, completeness: { shown, total: merged.total }, nextUrl: last.nextUrl, collectable: last.nextUrl !== null };
}
