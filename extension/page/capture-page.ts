import { strategiesFor, type HrisAdapter } from '../adapters/adapter.ts';
import { firstMatch } from '../adapters/dom/selectors.ts';
import { allAdapters, extractPage } from '../adapters/index.ts';
import { collectRows, type CollectOptions } from './collect-rows.ts';
import { toPageCapture, type PageCapture } from './page-capture.ts';

/** The registered adapter with this id. */
function adapterById(id: string): HrisAdapter | undefined {
  return allAdapters.find((candidate) => candidate.id === id);
}

/**
 * The next page's absolute web address when the adapter reaches the rest by page loads: its next link resolved against the
 * page (only http and https, so a `javascript:` link is never followed); null when there is none (the last page).
 * @example nextPageUrl(document, 'https://app.greenhouse.io/people?page=2', adapter) // 'https://app.greenhouse.io/people?page=3'
 */
export function nextPageUrl(document: Document, url: string, adapter: HrisAdapter | undefined): string | null {
  for (const strategy of adapter ? strategiesFor(adapter, document) : []) {
    if (strategy.kind !== 'navigate') continue;
    const href = firstMatch(document, strategy.next)?.element.getAttribute('href');
    const next = href && URL.canParse(href, url) ? new URL(href, url) : null;
    if (next && /^https?:$/.test(next.protocol)) return next.href;
  }
  return null;
}

/** Whether the panel can offer to collect the rest: the adapter scrolls or pages in the page, or the page links to a next one. */
function isCollectable(document: Document, adapter: HrisAdapter | undefined, nextUrl: string | null): boolean {
  return nextUrl !== null || (adapter !== undefined && strategiesFor(adapter, document).some((strategy) => strategy.kind !== 'navigate'));
}

/** Read the current page's table with the registry, as the capture script returns it to the side panel; null when there is none. */
export function capturePage(document: Document, url: string): PageCapture | null {
  const extraction = extractPage(document, url);
  if (!extraction) return null;
  const adapter = adapterById(extraction.adapterId);
  const nextUrl = nextPageUrl(document, url, adapter);
  return toPageCapture(extraction, adapter?.name ?? extraction.adapterId, document.title, isCollectable(document, adapter, nextUrl), nextUrl);
}

/**
 * Collect the whole table by scrolling or paging with the adapter that reads the page (see collectRows), as one capture whose
 * completeness counts the rows collected; null when the page has no table.
 */
export async function collectPage(document: Document, url: string, options: CollectOptions): Promise<PageCapture | null> {
  const extraction = extractPage(document, url);
  const adapter = extraction ? adapterById(extraction.adapterId) : undefined;
  if (!extraction || !adapter) return null;
  const collected = await collectRows(document, url, adapter, options);
  if (!collected) return null;
  const nextUrl = nextPageUrl(document, url, adapter);
  const capture = toPageCapture(collected.first, adapter.name, document.title, isCollectable(document, adapter, nextUrl), nextUrl);
  return { ...capture, headers: collected.headers, rows: collected.rows, rowKeys: collected.rowKeys, completeness: { shown: collected.rows.length, total: collected.total } };
}
