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
 * How the rest of a partial table is reached, on the user's click only: scrolling a virtualised grid's scroller, or pressing
 * the pager's next (or "load more") button. `keys` says whether row keys identify a record across pages (`global`: ids,
 * absolute row indexes) or only within one page (`per-page`: positions), so collected rows merge without duplicates.
 */
export type CollectStrategy = { kind: 'scroll'; scroller: readonly string[] } | { kind: 'pages'; next: readonly string[]; keys: 'global' | 'per-page' };

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
  /** How to collect rows the page does not show yet; absent when the page offers no way (full-page navigation, for one). */
  collect?: CollectStrategy;
  /** Read the page's table; null when the page has no table of this kind. Never throws on drifted markup. */
  extract(document: Document, url: string, capturedAt?: string): Extraction | null;
}

/** Declare an adapter with its literal id kept, so the registry test can compare ids with file names. */
export function defineAdapter<const T extends HrisAdapter>(adapter: T): T {
  return adapter;
}
