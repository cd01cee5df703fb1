import { strategiesFor, type CollectStrategy, type Extraction, type HrisAdapter } from '../adapters/adapter.ts';
import { integersIn } from '../adapters/dom/integers-in.ts';
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
 * quiet period (true), or after a timeout when nothing changes (false); `stop` ends the watch early.
 */
function watchForChange(document: Document, signal: AbortSignal): { settled: Promise<boolean>; stop: () => void } {
  const view = document.defaultView ?? globalThis;
  let stop = () => undefined as void;
  const settled = new Promise<boolean>((resolve) => {
    let quiet: ReturnType<typeof setTimeout> | undefined;
    let changed = false;
    const observer = new view.MutationObserver(() => {
      changed = true;
      clearTimeout(quiet);
      quiet = setTimeout(stop, QUIET_MS);
    });
    const timeout = setTimeout(() => stop(), CHANGE_TIMEOUT_MS);
    stop = () => {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(timeout);
      signal.removeEventListener('abort', stop);
      resolve(changed);
    };
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
    signal.addEventListener('abort', stop, { once: true });
  });
  return { settled, stop };
}

type ScrollStrategy = Extract<CollectStrategy, { kind: 'scroll' }>;
type PagerStrategy = Extract<CollectStrategy, { kind: 'pages' }> & { prev: readonly string[] };

/** The element a scroll strategy moves: its scroller, else the window's. */
function scrollerOf(document: Document, strategy: ScrollStrategy): Element | null {
  return firstMatch(document, strategy.scroller)?.element ?? document.scrollingElement;
}

/** Scroll to an offset and tell the grid, which renders the rows in view on its scroll event; false when it did not move. */
function scrollTo(scroller: Element, top: number): boolean {
  const before = scroller.scrollTop;
  scroller.scrollTop = top;
  scroller.dispatchEvent(new (scroller.ownerDocument.defaultView ?? globalThis).Event('scroll'));
  return scroller.scrollTop !== before;
}

/** Press the first control found unless it is disabled; false when there is none to press. */
function pressEnabled(document: Document, controls: readonly string[]): boolean {
  const control = firstMatch(document, controls)?.element as HTMLElement | undefined;
  if (!control || control.closest('[disabled], [aria-disabled="true"]')) return false;
  press(control);
  return true;
}

/** Move the list one step on with one way: scroll its scroller (or the window) by most of a screen, or press its next control; false when it cannot move. */
function advanceBy(document: Document, strategy: CollectStrategy): boolean {
  if (strategy.kind === 'navigate') return false;
  if (strategy.kind === 'pages') return pressEnabled(document, strategy.next);
  const scroller = scrollerOf(document, strategy);
  return scroller !== null && scrollTo(scroller, scroller.scrollTop + Math.max(1, scroller.clientHeight * 0.9));
}

/** Press a control the way a user's mouse does: some toolkits (SAPUI5's growing trigger) act on mousedown + mouseup, not on click. */
function press(control: HTMLElement): void {
  const view = control.ownerDocument.defaultView ?? globalThis;
  for (const type of ['mousedown', 'mouseup'] as const) control.dispatchEvent(new view.MouseEvent(type, { bubbles: true, cancelable: true, button: 0 }));
  control.click();
}

/** Move the list on with the first way that moves (a virtual list scrolls to its end, then "load more" is pressed); that way, or undefined when none moves. */
function advance(document: Document, strategies: readonly CollectStrategy[]): CollectStrategy | undefined {
  return strategies.find((strategy) => advanceBy(document, strategy));
}

/** Make one move and wait for the page to settle after it: `stuck` (at once) when the move could not be made, `still` when the page did not change. */
async function moveAndSettle(document: Document, signal: AbortSignal, move: () => boolean): Promise<'stuck' | 'still' | 'changed'> {
  const watch = watchForChange(document, signal);
  if (!move()) {
    watch.stop();
    return 'stuck';
  }
  return (await watch.settled) ? 'changed' : 'still';
}

/** Whether a pager's counter says its first page is shown ("1-80 / 120"): a pager that wraps around never disables its previous control. */
function onFirstPage(document: Document, pager: PagerStrategy): boolean {
  const counter = pager.counter && firstMatch(document, pager.counter)?.element.textContent;
  return typeof counter === 'string' && integersIn(counter)[0] === 1;
}

/** Where the user had the list before collecting: each scroller's offset, and how many pages before theirs the list starts. */
interface UserPlace {
  scrolled: Map<Element, number>;
  pagesBack: number;
}

/**
 * Take the list to its start, remembering where the user had it: scrollers to their top, the pager back to its first page, at
 * most `maxPagesBack` pages (a pager that wraps around with its counter drifted must not turn forever).
 */
async function rewind(document: Document, strategies: readonly CollectStrategy[], pager: PagerStrategy | undefined, maxPagesBack: number, signal: AbortSignal): Promise<UserPlace> {
  const place: UserPlace = { scrolled: new Map(), pagesBack: 0 };
  for (const strategy of strategies) {
    const scroller = strategy.kind === 'scroll' ? scrollerOf(document, strategy) : null;
    if (!scroller || place.scrolled.has(scroller)) continue;
    place.scrolled.set(scroller, scroller.scrollTop);
    await moveAndSettle(document, signal, () => scrollTo(scroller, 0));
  }
  while (pager && place.pagesBack < maxPagesBack && !signal.aborted && !onFirstPage(document, pager) && (await moveAndSettle(document, signal, () => pressEnabled(document, pager.prev))) === 'changed') place.pagesBack++;
  return place;
}

/** Put the list back where the user had it: the pager on their page (back from the last page read, or on when collecting stopped short of it), scrollers at their offsets. */
async function restore(document: Document, pager: PagerStrategy | undefined, place: UserPlace, pagesForward: number): Promise<void> {
  const signal = new AbortController().signal;
  const pagesPast = pagesForward - place.pagesBack;
  for (let page = 0; pager && page < Math.abs(pagesPast); page++) {
    if ((await moveAndSettle(document, signal, () => pressEnabled(document, pagesPast > 0 ? pager.prev : pager.next))) === 'stuck') break;
  }
  for (const [scroller, top] of place.scrolled) await moveAndSettle(document, signal, () => scrollTo(scroller, top));
}

/** An extraction as the plain batch the merge takes. */
function batchOf(extraction: Extraction): RowBatch {
  return { headers: extraction.table.columns.map((column) => column.header), rows: tableRows(extraction.table), rowKeys: extraction.rowKeys, total: extraction.completeness.total };
}

/**
 * Collect the whole list a page does not show at once, wherever the user is in it, only ever on the user's click: take it to
 * its start (scrolled to the top, the pager back to page 1), read, advance (scroll or next page), wait for the page to settle,
 * read again, merging rows by key in list order, until the declared total is reached, the list cannot move, nothing new
 * arrives three times, or the user cancels (what was collected is kept, the user's own page included); then put the list
 * back where the user had it. Null when the page has no table for the adapter.
 */
export async function collectRows(document: Document, url: string, adapter: HrisAdapter, options: CollectOptions): Promise<CollectedRows | null> {
  const first = adapter.extract(document, url);
  if (!first) return null;
  const collected: CollectedRows = { ...startMerge(batchOf(first).headers, first.completeness.total), first };
  const strategies = strategiesFor(adapter, document);
  const pager = strategies.find((strategy): strategy is PagerStrategy => strategy.kind === 'pages' && strategy.prev !== undefined);
  const perPage = strategies.some((strategy) => strategy.kind === 'pages' && strategy.keys === 'per-page');
  // Page-local keys are qualified by the page's index from the list's start.
  const keyPrefix = (page: number) => (perPage ? `${page}:` : '');
  const { shown, total } = first.completeness;
  const place = await rewind(document, strategies, pager, total !== null && shown > 0 ? Math.ceil(total / shown) : MAX_STEPS, options.signal);
  let pagesForward = 0;
  const opening = adapter.extract(document, url);
  if (opening) {
    mergeRows(collected, batchOf(opening), keyPrefix(0));
    options.onProgress(collected.rows.length, collected.total);
  }
  let stale = 0;
  for (let step = 1; opening && strategies.length > 0 && step <= MAX_STEPS && stale < STALE_LIMIT && !options.signal.aborted; step++) {
    if (collected.total !== null && collected.rows.length >= collected.total) break;
    let moved: CollectStrategy | undefined;
    if ((await moveAndSettle(document, options.signal, () => (moved = advance(document, strategies)) !== undefined)) === 'stuck') break;
    if (moved === pager) pagesForward++;
    const extraction = adapter.extract(document, url);
    if (!extraction) break;
    stale = mergeRows(collected, batchOf(extraction), keyPrefix(step)) === 0 ? stale + 1 : 0;
    options.onProgress(collected.rows.length, collected.total);
  }
  // The user's own page, should collecting have stopped before reaching it again.
  mergeRows(collected, batchOf(first), keyPrefix(place.pagesBack));
  await restore(document, pager, place, pagesForward);
  return collected;
}
