import { defineAdapter } from './adapter.ts';
import { ariaDataRowCount, byColumnIndex, keyedCells, mergeRowParts } from './dom/keyed-rows.ts';
import { toExtraction } from './dom/page-grid.ts';
import { allMatches, firstMatch } from './dom/selectors.ts';
import { textOf } from './dom/text-of.ts';
import { successFactors } from './sites/successfactors.ts';

const roots = [
  '.sapUiTable', // sap.ui.table.Table / TreeTable (UI5 1.x; 1.152: div#<id>.sapUiTable)
];
const headerCells = [
  // fixed then scrolling header tables (1.152: td.sapUiTableHeaderDataCell in table.sapUiTableCHT; only the scrolling header row has aria-rowindex)
  '.sapUiTableColHdrTr > td[role="columnheader"][data-sap-ui-colid]',
  '.sapUiTableHeaderDataCell[data-sap-ui-colid]', // a header row without its row class
];
const bodyRows = [
  // content rows of the fixed and the scrolling half, each visible row in both with the same aria-rowindex (1.152); the
  // selector column's div rows are left out by the tag; rows past the data are hidden
  'tr.sapUiTableContentRow:not(.sapUiTableRowHidden)',
  'tr[data-sap-ui-rowindex]:not(.sapUiTableRowHidden)', // rows without the content class (UI5 < 1.60)
];
const scrollers = [
  '.sapUiTableVSb', // the table's own vertical scrollbar (1.152: div#<id>-vsb); rows are re-rendered as it moves
];

/** SAPUI5 sap.ui.table: a virtualised grid whose frozen and scrolling halves each render every row; halves merged by row index. */
export const sapUiTable = defineAdapter({
  id: 'sap-ui-table',
  name: 'SAP SuccessFactors (sap.ui.table)',
  matches: successFactors.matches,
  probe: roots.join(', '),
  collect: { kind: 'scroll', scroller: scrollers },
  isCurrentPage: successFactors.isHost,
  extract(document, url, capturedAt = new Date().toISOString()) {
    const root = firstMatch(document, roots);
    if (!root) return null;
    const headers = byColumnIndex(allMatches(root.element, headerCells));
    const columnIds = headers.map((cell) => cell.getAttribute('data-sap-ui-colid') ?? '');
    const parts = allMatches(root.element, bodyRows).map((row) => {
      const rowIndex = row.getAttribute('aria-rowindex') ?? row.getAttribute('data-sap-ui-rowindex') ?? '';
      return { rowKey: rowIndex, order: Number(rowIndex), cells: keyedCells(row, 'td[data-sap-ui-colid]', 'data-sap-ui-colid') };
    });
    const merged = mergeRowParts(columnIds, parts);
    const kept = merged.rows.map((row, index) => index).filter((index) => merged.rows[index].some((text) => text !== ''));
    const grid = root.element.querySelector('[role="grid"][aria-rowcount]');
    const total = ariaDataRowCount(grid, Array.from(root.element.querySelectorAll('.sapUiTableColHdrTr[aria-rowindex]')));
    return toExtraction(
      'sap-ui-table',
      {
        selector: root.selector,
        headers: headers.map(textOf),
        rows: kept.map((index) => merged.rows[index]),
        rowKeys: kept.map((index) => merged.rowKeys[index]),
        total,
        missing: [...(total === null ? [{ part: 'count' as const, selectors: ['[role="grid"][aria-rowcount]'] }] : []), ...(headers.length === 0 ? [{ part: 'headers' as const, selectors: headerCells }] : [])],
      },
      url,
      capturedAt,
    );
  },
});
