import { strategiesFor, type CollectStrategy, type Extraction, type HrisAdapter } from '../adapters/adapter.ts';
import { firstMatch } from '../adapters/dom/selectors.ts';
import { mergeRows, startMerge, tableRows, type MergedRows, type RowBatch } from './merge-rows.ts';

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

/** The rows collected, with the first read (its provenance and what it missed describe the whole collection). */
export interface CollectedRows extends MergedRows {
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

/** Move the list one step on with one way: scroll its scroller (or the window) by most of a screen, or press its next control; false when it cannot move. */
function advanceBy(document: Document, strategy: CollectStrategy): boolean {
  if (strategy.kind === 'navigate') return false;
  if (strategy.kind === 'scroll') {
    const scroller = firstMatch(document, strategy.scroller)?.element ?? document.scrollingElement;
    if (!scroller) return false;
    const before = scroller.scrollTop;
    scroller.scrollTop = before + Math.max(1, scroller.clientHeight * 0.9);
    scroller.dispatchEvent(new (document.defaultView ?? globalThis).Event('scroll'));
    return scroller.scrollTop !== before;
  }
  const next = firstMatch(document, strategy.next)?.element as HTMLElement | undefined;
  if (!next || next.closest('[disabled], [aria-disabled="true"]')) return false;
  press(next);
  return true;
}

/** Press a control the way a user's mouse does: some toolkits (SAPUI5's growing trigger) act on mousedown + mouseup, not on click. */
function press(control: HTMLElement): void {
  const view = control.ownerDocument.defaultView ?? globalThis;
  for (const type of ['mousedown', 'mouseup'] as const) control.dispatchEvent(new view.MouseEvent(type, { bubbles: true, cancelable: true, button: 0 }));
  control.click();
}

/** Move the list on with the first way that moves (a virtual list scrolls to its end, then "load more" is pressed); false when none does. */
function advance(document: Document, strategies: readonly CollectStrategy[]): boolean {
  return strategies.some((strategy) => advanceBy(document, strategy));
}

/** An extraction as the plain batch the merge takes. */
function batchOf(extraction: Extraction): RowBatch {
  return { headers: extraction.table.columns.map((column) => column.header), rows: tableRows(extraction.table), rowKeys: extraction.rowKeys, total: extraction.completeness.total };
}

/**
 * Collect the rows a page does not show at once, only ever on the user's click: read, advance (scroll or next page), wait for
 * the page to settle, read again, merging rows by key, until the declared total is reached, the list cannot move, nothing new
 * arrives three times, or the user cancels (what was collected is kept). Null when the page has no table for the adapter.
 */
export async function collectRows(document: Document, url: string, adapter: HrisAdapter, options: CollectOptions): Promise<CollectedRows | null> {
  const first = adapter.extract(document, url);
  if (!first) return null;
  const batch = batchOf(first);
  const collected: CollectedRows = { ...startMerge(batch.headers, batch.total), first };
  const strategies = strategiesFor(adapter, document);
  const perPage = strategies.some((strategy) => strategy.kind === 'pages' && strategy.keys === 'per-page');
  const keyPrefix = (step: number) => (perPage ? `${step}:` : '');
  mergeRows(collected, batch, keyPrefix(0));
  options.onProgress(collected.rows.length, collected.total);
  let stale = 0;
  for (let step = 1; strategies.length > 0 && step <= MAX_STEPS && stale < STALE_LIMIT && !options.signal.aborted; step++) {
    if (collected.total !== null && collected.rows.length >= collected.total) break;
    const watch = watchForChange(document, options.signal);
    if (!advance(document, strategies)) {
      watch.stop();
      break;
    }
    await watch.settled;
    const extraction = adapter.extract(document, url);
    if (!extraction) break;
    stale = mergeRows(collected, batchOf(extraction), keyPrefix(step)) === 0 ? stale + 1 : 0;
    options.onProgress(collected.rows.length, collected.total);
  }
  return collected;
}
