import { virtualGridAdapter } from './dom/virtual-grid.ts';

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

/** ag-grid: only visible rows exist, each split across pinned and centre containers; the total comes from pagination or aria-rowcount. */
export const agGrid = virtualGridAdapter({
  id: 'ag-grid',
  name: 'ag-grid',
  roots,
  headerCells,
  headerLabel: '.ag-header-cell-text',
  columnKey: 'col-id',
  bodyRows,
  rowKeys: ['row-id', 'row-index'],
  rowOrder: 'row-index',
  cells: '.ag-cell[col-id]',
  scrollers,
  pagination: pagingSummaries,
  ariaGrid: (root) => root.querySelector('[role="grid"][aria-rowcount], [role="treegrid"][aria-rowcount]'),
  headerRows: (root) => Array.from(root.querySelectorAll('.ag-header [role="row"]')),
});
