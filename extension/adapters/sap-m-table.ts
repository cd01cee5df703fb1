import { defineAdapter } from './adapter.ts';
import { declaredTotal } from './dom/declared-total.ts';
import { lastInteger } from './dom/integers-in.ts';
import { ariaDataRowCount, keyedCells, mergeRowParts } from './dom/keyed-rows.ts';
import { toExtraction } from './dom/page-grid.ts';
import { allMatches, firstMatch } from './dom/selectors.ts';
import { textOf } from './dom/text-of.ts';
import { successFactors } from './sites/successfactors.ts';

const roots = [
  'table.sapMListTbl', // sap.m.Table (UI5 1.38+; 1.152: table#<id>-listUl.sapMListTbl)
  '.sapMTable table', // a table whose list class changed
];
const headerCells = [
  'thead th.sapMListTblCell[data-sap-ui-column]', // data columns (1.152: th.sapMListTblCell.sapMListTblHeaderCell); highlight, selection and navigation columns carry no column id
  'thead th[role="columnheader"][data-sap-ui-column]', // a header without the cell class
];
const bodyRows = [
  'tbody tr.sapMListTblRow', // item rows (1.152 gives the header row this class too, hence tbody); pop-in sub-rows and group headers carry other classes
];
const growMore = [
  '.sapMGrowingList > [role="button"]', // 1.152: the trigger item div#<id>-trigger, whose press (mousedown, mouseup) loads the next rows
  '.sapMGrowingListTrigger', // the trigger's content (1.152: div.sapMGrowingListTrigger inside the item); a press on it bubbles to the item
];
const growingCounts = [
  '.sapMGrowingListDescription', // growing trigger: "[ 20 / 143 ]" (1.152: div#<id>-triggerInfo)
  '.sapMGrowingListTrigger', // a trigger whose description lost its class
];

/**
 * SAPUI5 sap.m.Table (SuccessFactors lists): rows with aria-rowindex, cells tied to columns by data-sap-ui-column, growing "[20/143]".
 * Without a trigger the total is aria-rowcount: UI5 sets it to the binding length when growing loads on scroll, else to the rows shown.
 */
export const sapMTable = defineAdapter({
  id: 'sap-m-table',
  name: 'SAP SuccessFactors (sap.m.Table)',
  matches: successFactors.matches,
  probe: roots.join(', '),
  collect: { kind: 'pages', next: growMore, keys: 'global' },
  isCurrentPage: successFactors.isHost,
  extract(document, url, capturedAt = new Date().toISOString()) {
    const root = firstMatch(document, roots);
    if (!root) return null;
    const headers = allMatches(root.element, headerCells);
    const columnIds = headers.map((cell) => cell.getAttribute('data-sap-ui-column') ?? '');
    const parts = allMatches(root.element, bodyRows).map((row, index) => {
      const rowIndex = row.getAttribute('aria-rowindex');
      return { rowKey: rowIndex ?? String(index), order: Number(rowIndex ?? index), cells: keyedCells(row, 'td.sapMListTblCell[data-sap-ui-column]', 'data-sap-ui-column') };
    });
    const { rowKeys, rows } = mergeRowParts(columnIds, parts);
    const grown = declaredTotal(root.element.parentElement ?? root.element, growingCounts, lastInteger);
    const total = grown.total ?? ariaDataRowCount(root.element, Array.from(root.element.querySelectorAll('thead tr[aria-rowindex]')));
    return toExtraction(
      'sap-m-table',
      {
        selector: root.selector,
        headers: headers.map(textOf),
        rows,
        rowKeys,
        total,
        missing: [...(total === null ? grown.missing : []), ...(headers.length === 0 ? [{ part: 'headers' as const, selectors: headerCells }] : [])],
      },
      url,
      capturedAt,
    );
  },
});
