import { strategiesFor, type Extraction, type HrisAdapter } from '../adapters/adapter.ts';
import { firstMatch } from '../adapters/dom/selectors.ts';
import { allAdapters, extractPage, tableProbe } from '../adapters/index.ts';
import { collectRows, type CollectOptions } from './collect-rows.ts';
import { toPageCapture, type PageCapture } from './page-capture.ts';
import { tableSignature } from './table-signature.ts';

/** The registered adapter with this id. */
function adapterById(id: string): HrisAdapter | undefined {
  return allAdapters.find((candidate) => candidate.id === id);
}

/**
 * The next (or previous) page's absolute web address when the adapter reaches the rest by page loads: its next (or previous)
 * link resolved against the page (only http and https, so a `javascript:` link is never followed); null when there is none
 * (the last page, or the first).
 * @example linkedPageUrl(document, 'https://app.greenhouse.io/people?page=2', adapter, 'next') // 'https://app.greenhouse.io/people?page=3'
 */
export function linkedPageUrl(document: Document, url: string, adapter: HrisAdapter | undefined, link: 'next' | 'prev'): string | null {
  for (const strategy of adapter ? strategiesFor(adapter, document) : []) {
    if (strategy.kind !== 'navigate') continue;
    const href = firstMatch(document, strategy[link])?.element.getAttribute('href');
    const next = href && URL.canParse(href, url) ? new URL(href, url) : null;
    if (next && /^https?:$/.test(next.protocol)) return next.href;
  }
  return null;
}

/**
 * The capture of an extraction, with the addresses of the pages linked before and after it, whether the panel can offer to
 * collect the rest, and the page's table signature as it is now (after collecting: as the page was left).
 */
function captureOf(document: Document, url: string, extraction: Extraction, adapter: HrisAdapter | undefined): PageCapture {
  const links = { prevUrl: linkedPageUrl(document, url, adapter, 'prev'), nextUrl: linkedPageUrl(document, url, adapter, 'next'), signature: tableSignature(document, tableProbe) };
  // The adapter scrolls or pages in the page, or the page links to another one of the list.
  const collectable = links.prevUrl !== null || links.nextUrl !== null || (adapter !== undefined && strategiesFor(adapter, document).some((strategy) => strategy.kind !== 'navigate'));
  return toPageCapture(extraction, adapter?.name ?? extraction.adapterId, document.title, collectable, links);
}

/** Read the current page's table with the registry, as the capture script returns it to the side panel; null when there is none. */
export function capturePage(document: Document, url: string): PageCapture | null {
  const extraction = extractPage(document, url);
  return extraction && captureOf(document, url, extraction, adapterById(extraction.adapterId));
}

/**
 * Collect the whole table by scrolling or paging with the adapter that reads the page, from the list's start wherever the user
 * is in it (see collectRows), as one capture whose completeness counts the rows collected; null when the page has no table.
 */
export async function collectPage(document: Document, url: string, options: CollectOptions): Promise<PageCapture | null> {
  const extraction = extractPage(document, url);
  const adapter = extraction ? adapterById(extraction.adapterId) : undefined;
  if (!extraction || !adapter) return null;
  const collected = await collectRows(document, url, adapter, options);
  if (!collected) return null;
  const capture = captureOf(document, url, collected.first, adapter);
  return { ...capture, headers: collected.headers, rows: collected.rows, rowKeys: collected.rowKeys, completeness: { shown: collected.rows.length, total: collected.total } };
}
