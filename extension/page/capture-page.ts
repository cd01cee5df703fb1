import { allAdapters, extractPage } from '../adapters/index.ts';
import { toPageCapture, type PageCapture } from './page-capture.ts';

/** Read the current page's table with the registry, as the capture script returns it to the side panel; null when there is none. */
export function capturePage(document: Document, url: string): PageCapture | null {
  const extraction = extractPage(document, url);
  if (!extraction) return null;
  const adapter = allAdapters.find((candidate) => candidate.id === extraction.adapterId);
  return toPageCapture(extraction, adapter?.name ?? extraction.adapterId, document.title);
}
