import { defineAdapter } from './adapter.ts';
import { declaredTotal } from './dom/declared-total.ts';
import { lastInteger } from './dom/integers-in.ts';
import { ariaDataRowCount, byColumnIndex, keyedCells, mergeRowParts } from './dom/keyed-rows.ts';
import { toExtraction } from './dom/page-grid.ts';
import { allMatches, firstMatch } from './dom/selectors.ts';
import { textOf } from './dom/text-of.ts';

const roots = [
  '.MuiDataGrid-root', // MUI X Data Grid 5–7 (community, Pro, Premium)
];
const headerCells = [
  '.MuiDataGrid-columnHeader[data-field]', // leaf headers; column-group headers carry no data-field
  '[role="columnheader"][data-field]', // a theme that renamed the classes
];
const bodyRows = [
  '.MuiDataGrid-row[data-rowindex]', // v5–7; with pinned columns (Pro v5–6) one row appears in each pinned container, merged by data-id
  '[role="row"][data-rowindex]', // a theme that renamed the classes
];
const scrollers = [
  '.MuiDataGrid-virtualScroller', // v5–7
];
const pagination = [
  '.MuiTablePagination-displayedRows', // "1–100 of 250"
];

/** MUI X Data Grid: virtualised rows keyed by data-id, cells by data-field; total from the pagination label or aria-rowcount. */
export const muiDataGrid = defineAdapter({
  id: 'mui-data-grid',
  name: 'MUI Data Grid',
  matches: [],
  probe: roots.join(', '),
  collect: { kind: 'scroll', scroller: scrollers },
  isCurrentPage: () => false,
  extract(document, url, capturedAt = new Date().toISOString()) {
    const root = firstMatch(document, roots);
    if (!root) return null;
    const headers = byColumnIndex(allMatches(root.element, headerCells));
    const fields = headers.map((cell) => cell.getAttribute('data-field') ?? '');
    const parts = allMatches(root.element, bodyRows).map((row) => ({
      rowKey: row.getAttribute('data-id') ?? row.getAttribute('data-rowindex') ?? '',
      order: Number(row.getAttribute('data-rowindex')),
      cells: keyedCells(row, '[data-field][role="gridcell"], .MuiDataGrid-cell[data-field]', 'data-field'),
    }));
    const { rowKeys, rows } = mergeRowParts(fields, parts);
    const paged = declaredTotal(root.element, pagination, lastInteger);
    const grid = root.element.matches('[aria-rowcount]') ? root.element : root.element.querySelector('[role="grid"][aria-rowcount]');
    const headerRows = Array.from(root.element.querySelectorAll('[role="row"]')).filter((row) => row.querySelector('[role="columnheader"]'));
    const total = paged.total ?? ariaDataRowCount(grid, headerRows);
    return toExtraction(
      'mui-data-grid',
      {
        selector: root.selector,
        headers: headers.map((cell) => textOf(cell.querySelector('.MuiDataGrid-columnHeaderTitle') ?? cell)),
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
