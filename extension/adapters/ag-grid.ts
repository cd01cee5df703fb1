import { defineAdapter } from './adapter.ts';
import { declaredTotal } from './dom/declared-total.ts';
import { lastInteger } from './dom/integers-in.ts';
import { ariaDataRowCount, byColumnIndex, keyedCells, mergeRowParts } from './dom/keyed-rows.ts';
import { toExtraction } from './dom/page-grid.ts';
import { allMatches, firstMatch } from './dom/selectors.ts';
import { textOf } from './dom/text-of.ts';

const roots = [
  '.ag-root-wrapper', // ag-grid 23+
  '.ag-root', // older builds and custom wrappers
];
const headerCells = [
  '.ag-header-row-column [role="columnheader"][col-id]', // ag-grid 28+: leaf header row, under column-group rows
  '.ag-header-row .ag-header-cell[col-id]', // ag-grid < 28
];
const bodyRows = [
  // ag-grid 20+: one logical row split across pinned-left, centre and pinned-right containers; floating, sticky and full-width rows left out
  '.ag-pinned-left-cols-container .ag-row[row-index]:not(.ag-row-group):not(.ag-row-loading), .ag-center-cols-container .ag-row[row-index]:not(.ag-row-group):not(.ag-row-loading), .ag-pinned-right-cols-container .ag-row[row-index]:not(.ag-row-group):not(.ag-row-loading)',
  '.ag-body-container .ag-row[row-index]', // ag-grid < 20
];
const scrollers = [
  '.ag-body-viewport', // ag-grid 23+: the vertical scroller of every row container
  '.ag-body-vertical-scroll-viewport', // a grid whose body does not scroll itself
];
const pagingSummaries = [
  '.ag-paging-row-summary-panel', // pagination on: "1 to 100 of 1,000"
];

/** The text of a header cell: its label span, so menu, filter and sort icons never join it. */
function headerText(cell: Element): string {
  return textOf(cell.querySelector('.ag-header-cell-text') ?? cell);
}

/** ag-grid: only visible rows exist, each split across pinned and centre containers; the total comes from pagination or aria-rowcount. */
export const agGrid = defineAdapter({
  id: 'ag-grid',
  name: 'ag-grid',
  matches: [],
  probe: roots.join(', '),
  collect: { kind: 'scroll', scroller: scrollers },
  isCurrentPage: () => false,
  extract(document, url, capturedAt = new Date().toISOString()) {
    const root = firstMatch(document, roots);
    if (!root) return null;
    const headers = byColumnIndex(allMatches(root.element, headerCells));
    const columnIds = headers.map((cell) => cell.getAttribute('col-id') ?? '');
    const parts = allMatches(root.element, bodyRows).map((row) => ({
      rowKey: row.getAttribute('row-id') ?? row.getAttribute('row-index') ?? '',
      order: Number(row.getAttribute('row-index')),
      cells: keyedCells(row, '.ag-cell[col-id]', 'col-id'),
    }));
    const { rowKeys, rows } = mergeRowParts(columnIds, parts);
    const paged = declaredTotal(root.element, pagingSummaries, lastInteger);
    const grid = root.element.querySelector('[role="grid"][aria-rowcount], [role="treegrid"][aria-rowcount]');
    const total = paged.total ?? ariaDataRowCount(grid, Array.from(root.element.querySelectorAll('.ag-header [role="row"]')));
    return toExtraction(
      'ag-grid',
      {
        selector: root.selector,
        headers: headers.map(headerText),
        rows,
        rowKeys,
        total,
        missing: [...(total === null ? paged.missing : []), ...(headers.length === 0 ? [{ part: 'headers' as const, selectors: headerCells }] : [])],
      },
      url,
      capturedAt,
    );
  },
});
