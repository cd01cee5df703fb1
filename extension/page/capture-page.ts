import type { HrisAdapter } from '../adapters/adapter.ts';
import { allAdapters, extractPage } from '../adapters/index.ts';
import { collectRows, type CollectOptions } from './collect-rows.ts';
import { toPageCapture, type PageCapture } from './page-capture.ts';

/** The registered adapter with this id. */
function adapterById(id: string): HrisAdapter | undefined {
  return allAdapters.find((candidate) => candidate.id === id);
}

/** Read the current page's table with the registry, as the capture script returns it to the side panel; null when there is none. */
export function capturePage(document: Document, url: string): PageCapture | null {
  const extraction = extractPage(document, url);
  if (!extraction) return null;
  const adapter = adapterById(extraction.adapterId);
  return toPageCapture(extraction, adapter?.name ?? extraction.adapterId, document.title, adapter?.collect !== undefined);
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
  const capture = toPageCapture(collected.first, adapter.name, document.title, adapter.collect !== undefined);
  return { ...capture, headers: collected.headers, rows: collected.rows, rowKeys: collected.rowKeys, completeness: { shown: collected.rows.length, total: collected.total } };
}
