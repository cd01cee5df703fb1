import type { RawTable } from '../../core/table/raw-table.ts';

/** How much of the data the page showed: rows read, and the total the page declares (null when it declares none). */
export interface Completeness {
  shown: number;
  total: number | null;
}

/** A part of the page an adapter looked for and did not find, with every selector it tried, so drift is visible. */
export interface MissingPart {
  part: 'count' | 'headers';
  selectors: readonly string[];
}

/** What an adapter read from a page: the table, how complete it is, and what it could not find. */
export interface Extraction {
  adapterId: string;
  table: RawTable;
  completeness: Completeness;
  /** One stable key per row (row index, record id or link) so rows collected by scrolling or paging merge without duplicates. */
  rowKeys: string[];
  missing: MissingPart[];
}

/**
 * How the rest of a partial table is reached, on the user's click only: scrolling a virtualised grid's scroller (none matching:
 * the window), pressing the pager's next (or "load more") button, or following the pager's next link to a new page load (the
 * side panel drives that, as the page's script does not survive it; row keys must then hold across pages). `keys` says whether
 * row keys identify a record across pages (`global`: ids, links, absolute row indexes) or only within one page (`per-page`:
 * positions), so collected rows merge without duplicates. `onlyWith` limits a way to the page variant it serves (Frappe's
 * virtual spacers); absent, it serves every variant.
 * The whole list is collected wherever the user is in it, so each way also says how its start is reached: a scroller is
 * scrolled to its top; a pager's `prev` control is pressed until it is missing or disabled, or until its `counter` ("1-80 / 120")
 * starts at 1 (Odoo's pager wraps around, its previous button never disables); a "load more" list, with no `prev`, always
 * begins at its start; page loads follow the `prev` links back.
 */
export type CollectStrategy = (
  | { kind: 'scroll'; scroller: readonly string[] }
  | { kind: 'pages'; next: readonly string[]; keys: 'global' | 'per-page'; prev?: readonly string[]; counter?: readonly string[] }
  | { kind: 'navigate'; next: readonly string[]; prev: readonly string[] }
) & { onlyWith?: readonly string[] };

/** One kind of HRIS list page: where it lives, how to recognise it, and a pure reader of its DOM. */
export interface HrisAdapter {
  /** Equals the adapter's file name. */
  id: string;
  /** Product and page kind, as users know it (`OrangeHRM`, `Odoo list view`). */
  name: string;
  /** Match patterns of the vendor's hosted domains, offered as optional host permissions; self-hosted systems are recognised by `isCurrentPage` and the DOM. */
  matches: readonly string[];
  /** A selector matching wherever this adapter may find a table: the content script's one cheap check on every page. */
  probe: string;
  /** Whether the URL looks like one of this system's list pages (checked before the DOM, so the right adapter is tried first). */
  isCurrentPage(url: URL): boolean;
  /** How to collect rows the page does not show yet; several are tried in order at each step, the first that moves wins; absent when the page offers no way. */
  collect?: CollectStrategy | readonly CollectStrategy[];
  /** Read the page's table; null when the page has no table of this kind. Never throws on drifted markup. */
  extract(document: Document, url: string, capturedAt?: string): Extraction | null;
}

/** Declare an adapter with its literal id kept, so the registry test can compare ids with file names. */
export function defineAdapter<const T extends HrisAdapter>(adapter: T): T {
  return adapter;
}

/** The adapter's ways of collecting that serve this page, in order: those limited to another page variant are left out. */
export function strategiesFor(adapter: HrisAdapter, document: ParentNode): CollectStrategy[] {
  const declared: readonly CollectStrategy[] = adapter.collect === undefined ? [] : 'kind' in adapter.collect ? [adapter.collect] : adapter.collect;
  return declared.filter((strategy) => !strategy.onlyWith || strategy.onlyWith.some((selector) => document.querySelector(selector)));
}
