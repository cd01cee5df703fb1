import { defineAdapter, type HrisAdapter } from '../adapter.ts';
import { declaredTotal } from './declared-total.ts';
import { lastInteger } from './integers-in.ts';
import { ariaDataRowCount, byColumnIndex, keyedCells, mergeRowParts } from './keyed-rows.ts';
import { toExtraction } from './page-grid.ts';
import { allMatches, firstMatch } from './selectors.ts';
import { textOf } from './text-of.ts';

/** The markup of one virtualised data grid library: where its parts are, and which attributes key columns and rows. */
export interface VirtualGridMarkup {
  id: string;
  name: string;
  roots: readonly string[];
  /** Leaf header cells, each naming its column in `columnKey`. */
  headerCells: readonly string[];
  /** The label inside a header cell, so menu, filter and sort icons never join it. */
  headerLabel: string;
  columnKey: string;
  /** Body rows; one logical row may appear once per pinned container. */
  bodyRows: readonly string[];
  /** Attributes keying a row, the first present wins; `rowOrder` holds its place in the whole list. */
  rowKeys: readonly string[];
  rowOrder: string;
  /** A row's cells, each carrying `columnKey`. */
  cells: string;
  scrollers: readonly string[];
  /** Pagination labels whose last integer is the total ("1 to 100 of 1,000"). */
  pagination: readonly string[];
  /** The element carrying aria-rowcount, and the header rows it counts, under the root. */
  ariaGrid(root: Element): Element | null;
  headerRows(root: Element): Element[];
}

/** The value of the first of these attributes the element has ('' when none): thousands of rows, no array per row. */
function firstAttribute(element: Element, names: readonly string[]): string {
  for (const name of names) {
    const value = element.getAttribute(name);
    if (value !== null) return value;
  }
  return '';
}

/**
 * An adapter for a virtualised ARIA grid (ag-grid, MUI Data Grid): only visible rows are in the DOM, a row split across pinned
 * and centre containers is merged by its key, cells are matched to headers by column key, and the total comes from the
 * pagination label or aria-rowcount; collected by scrolling.
 * @example virtualGridAdapter({ id: 'ag-grid', … }).extract(document, url)?.completeness // { shown: 40, total: 1000 }
 */
export function virtualGridAdapter(markup: VirtualGridMarkup): HrisAdapter {
  return defineAdapter({
    id: markup.id,
    name: markup.name,
    matches: [],
    probe: markup.roots.join(', '),
    collect: { kind: 'scroll', scroller: markup.scrollers },
    isCurrentPage: () => false,
    extract(document, url, capturedAt = new Date().toISOString()) {
      const root = firstMatch(document, markup.roots);
      if (!root) return null;
      const headers = byColumnIndex(allMatches(root.element, markup.headerCells));
      const columnKeys = headers.map((cell) => cell.getAttribute(markup.columnKey) ?? '');
      const parts = allMatches(root.element, markup.bodyRows).map((row) => ({
        rowKey: firstAttribute(row, markup.rowKeys),
        order: Number(row.getAttribute(markup.rowOrder)),
        cells: keyedCells(row, markup.cells, markup.columnKey),
      }));
      const { rowKeys, rows } = mergeRowParts(columnKeys, parts);
      const paged = declaredTotal(root.element, markup.pagination, lastInteger);
      const total = paged.total ?? ariaDataRowCount(markup.ariaGrid(root.element), markup.headerRows(root.element));
      return toExtraction(
        markup.id,
        {
          selector: root.selector,
          headers: headers.map((cell) => textOf(cell.querySelector(markup.headerLabel) ?? cell)),
          rows,
          rowKeys,
          total,
          missing: [...(total === null ? paged.missing : []), ...(headers.length === 0 ? [{ part: 'headers' as const, selectors: markup.headerCells }] : [])],
        },
        url,
        capturedAt,
      );
    },
  });
}
