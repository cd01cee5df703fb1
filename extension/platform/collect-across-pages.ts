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

/** Whether a linked page may be followed: same site as the first page (a pager never sends the user's tab elsewhere), not seen yet. */
function mayFollow(pageUrl: string, origin: string, visited: ReadonlySet<string>): boolean {
  return URL.canParse(pageUrl) && new URL(pageUrl).origin === origin && !visited.has(pageUrl);
}

/** Whether the rows held reach the total the page declares. */
function isComplete(rows: number, total: number | null): boolean {
  return total !== null && rows >= total;
}

/** The pages read while following one kind of link from a page, nearest first, and the last page read (the start when none was). */
interface Walk {
  pages: PageCapture[];
  last: PageCapture;
}

/**
 * Follow one kind of link (previous or next) from a page, loading each page in the tab and reading it, until there is no such
 * link, it leaves the site or was seen, a page brings no row not held yet or does not load, the declared total is held, the
 * page cap, or cancel. `held` (the row keys held, for progress and the total) and `visited` (the addresses loaded) grow as it goes.
 */
async function walk(from: PageCapture, link: 'prevUrl' | 'nextUrl', tab: PageTab, held: Set<string>, visited: Set<string>, options: AcrossPagesOptions): Promise<Walk> {
  const origin = new URL(from.url).origin;
  const result: Walk = { pages: [], last: from };
  for (let url = from[link]; url && visited.size < MAX_PAGES && !options.signal.aborted; url = result.last[link]) {
    if (isComplete(held.size, result.last.completeness.total) || !mayFollow(url, origin, visited)) break;
    visited.add(url);
    const capture = (await tab.load(url)) ? await tab.read() : null;
    if (!capture) break;
    const before = held.size;
    capture.rowKeys.forEach((key) => held.add(key));
    result.pages.push(capture);
    result.last = capture;
    options.onProgress(held.size, capture.completeness.total);
    if (held.size === before) break;
  }
  return result;
}

/**
 * Collect a table paged by full page loads, from the side panel (the only part that survives them), after the user's click,
 * whichever page the user is on: follow the previous links back to the list's first page, then the next links on from the
 * user's page to its last, reading each page once in the same tab (see walk), then load the user's page again so the tab is
 * left as they had it. Rows are merged by key in list order; on cancel what was collected is kept. The result is the user's
 * page's capture holding every row, pointing at the pages before and after those read, so collecting again goes on from there.
 */
export async function collectAcrossPages(first: PageCapture, tab: PageTab, options: AcrossPagesOptions): Promise<PageCapture> {
  const held = new Set(first.rowKeys);
  const visited = new Set([first.url]);
  options.onProgress(held.size, first.completeness.total);
  const back = await walk(first, 'prevUrl', tab, held, visited, options);
  const on = await walk(first, 'nextUrl', tab, held, visited, options);
  // Another page was loaded (or began to): the user's own comes back.
  if (visited.size > 1) await tab.load(first.url);
  const merged = startMerge(first.headers, first.completeness.total);
  for (const page of [...back.pages.reverse(), first, ...on.pages]) mergeRows(merged, batchOf(page), '');
  const links = { prevUrl: back.last.prevUrl, nextUrl: on.last.nextUrl };
  return { ...first, headers: merged.headers, rows: merged.rows, rowKeys: merged.rowKeys, completeness: { shown: merged.rows.length, total: merged.total }, ...links, collectable: links.prevUrl !== null || links.nextUrl !== null };
}
