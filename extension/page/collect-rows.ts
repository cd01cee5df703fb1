import type { CollectStrategy, Extraction, HrisAdapter } from '../adapters/adapter.ts';
import { cellText } from '../../core/table/raw-table.ts';
import { firstMatch } from '../adapters/dom/selectors.ts';

/** How long the page must stay still after an advance before it is read again, and the longest wait for it to start changing. */
const QUIET_MS = 150;
const CHANGE_TIMEOUT_MS = 4000;
/** Advances that bring no new row before collecting stops (the end of a list that does not declare its size). */
const STALE_LIMIT = 3;
/** Upper bound on advances, so a pager that never ends (Odoo's wraps around) cannot keep the tab busy. */
const MAX_STEPS = 2000;

export interface CollectOptions {
  signal: AbortSignal;
  onProgress: (rows: number, total: number | null) => void;
}

/** Rows collected so far, in first-seen order, keyed so a row seen again (overlapping scroll windows, re-rendered pages) counts once. */
export interface CollectedRows {
  headers: string[];
  rows: string[][];
  rowKeys: string[];
  total: number | null;
  first: Extraction;
}

/**
 * Watch the page from before an advance (a synchronous re-render must not be missed): settled after the first mutation and a
 * quiet period, or after a timeout when nothing changes; `stop` ends the watch early.
 */
function watchForChange(document: Document, signal: AbortSignal): { settled: Promise<void>; stop: () => void } {
  const view = document.defaultView ?? globalThis;
  let stop = () => undefined as void;
  const settled = new Promise<void>((resolve) => {
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const observer = new view.MutationObserver(() => {
      clearTimeout(quiet);
      quiet = setTimeout(stop, QUIET_MS);
    });
    const timeout = setTimeout(() => stop(), CHANGE_TIMEOUT_MS);
    stop = () => {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(timeout);
      signal.removeEventListener('abort', stop);
      resolve();
    };
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
    signal.addEventListener('abort', stop, { once: true });
  });
  return { settled, stop };
}

/** Move the list one step on: scroll its scroller by most of a screen, or press its next control; false when it cannot move. */
function advance(document: Document, strategy: CollectStrategy): boolean {
  if (strategy.kind === 'scroll') {
    const scroller = firstMatch(document, strategy.scroller)?.element ?? document.scrollingElement;
    if (!scroller) return false;
    const before = scroller.scrollTop;
    scroller.scrollTop = before + Math.max(1, scroller.clientHeight * 0.9);
    scroller.dispatchEvent(new Event('scroll'));
    return scroller.scrollTop !== before;
  }
  const next = firstMatch(document, strategy.next)?.element as HTMLElement | undefined;
  if (!next || next.closest('[disabled], [aria-disabled="true"]')) return false;
  next.click();
  return true;
}

/** Add an extraction's rows that are not in yet; page-local keys are qualified by the step so page 2's row 0 is not page 1's. */
function absorb(collected: CollectedRows, seen: Set<string>, extraction: Extraction, step: number, perPage: boolean): void {
  const { table } = extraction;
  const index = new Map(collected.headers.map((header, column) => [header, column]));
  extraction.rowKeys.forEach((rowKey, row) => {
    const key = perPage ? `${step}:${rowKey}` : rowKey;
    if (seen.has(key)) return;
    seen.add(key);
    const cells = new Array<string>(collected.headers.length).fill('');
    for (const column of table.columns) {
      const at = index.get(column.header);
      if (at === undefined) continue;
      cells[at] = cellText(column, row);
    }
    collected.rows.push(cells);
    collected.rowKeys.push(key);
  });
  collected.total = extraction.completeness.total ?? collected.total;
}

/**
 * Collect the rows a page does not show at once, only ever on the user's click: read, advance (scroll or next page), wait for
 * the page to settle, read again, merging rows by key, until the declared total is reached, the list cannot move, nothing new
 * arrives three times, or the user cancels (what was collected is kept). Null when the page has no table for the adapter.
 */
export async function collectRows(document: Document, url: string, adapter: HrisAdapter, options: CollectOptions): Promise<CollectedRows | null> {
  const first = adapter.extract(document, url);
  if (!first) return null;
  const collected: CollectedRows = { headers: first.table.columns.map((column) => column.header), rows: [], rowKeys: [], total: first.completeness.total, first };
  const seen = new Set<string>();
  const strategy = adapter.collect;
  const perPage = strategy?.kind === 'pages' && strategy.keys === 'per-page';
  absorb(collected, seen, first, 0, perPage);
  options.onProgress(collected.rows.length, collected.total);
  let stale = 0;
  for (let step = 1; strategy && step <= MAX_STEPS && stale < STALE_LIMIT && !options.signal.aborted; step++) {
    if (collected.total !== null && collected.rows.length >= collected.total) break;
    const watch = watchForChange(document, options.signal);
    if (!advance(document, strategy)) {
      watch.stop();
      break;
    }
    await watch.settled;
    const extraction = adapter.extract(document, url);
    if (!extraction) break;
    const before = collected.rows.length;
    absorb(collected, seen, extraction, step, perPage);
    stale = collected.rows.length === before ? stale + 1 : 0;
    options.onProgress(collected.rows.length, collected.total);
  }
  return collected;
}
