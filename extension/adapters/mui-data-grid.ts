import { virtualGridAdapter } from './dom/virtual-grid.ts';

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
export const muiDataGrid = virtualGridAdapter({
  id: 'mui-data-grid',
  name: 'MUI Data Grid',
  roots,
  headerCells,
  headerLabel: '.MuiDataGrid-columnHeaderTitle',
  columnKey: 'data-field',
  bodyRows,
  rowKeys: ['data-id', 'data-rowindex'],
  rowOrder: 'data-rowindex',
  cells: '[data-field][role="gridcell"], .MuiDataGrid-cell[data-field]',
  scrollers,
  pagination,
  ariaGrid: (root) => (root.matches('[aria-rowcount]') ? root : root.querySelector('[role="grid"][aria-rowcount]')),
  headerRows: (root) => Array.from(root.querySelectorAll('[role="row"]')).filter((row) => row.querySelector('[role="columnheader"]')),
});
