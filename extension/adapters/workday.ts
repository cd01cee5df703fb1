import { defineAdapter } from './adapter.ts';
import { declaredTotal } from './dom/declared-total.ts';
import { lastInteger } from './dom/integers-in.ts';
import { toExtraction } from './dom/page-grid.ts';
import { rowCells } from './dom/row-cells.ts';
import { allMatches, firstMatch, type SelectorList } from './dom/selectors.ts';
import { textOf } from './dom/text-of.ts';

/** Where one Workday generation keeps its table, header cells and rows. */
interface Layout {
  roots: SelectorList;
  headers: SelectorList;
  rows: SelectorList;
}

const layouts: readonly Layout[] = [
  {
    // Newer table (Canvas UI): tableHeaderRow / row / cell hooks
    roots: ['[data-testid="tableWrapper"]', 'table[data-automation-id="table"]'],
    headers: ['tr[data-automation-id="tableHeaderRow"] > th', 'th[data-automation-id^="columnHeader"]'],
    rows: ['tr[data-automation-id="row"]'],
  },
  {
    // Older GWT data grid: grid-head-row / gridrow / gridCell hooks, text in gwt-Label
    roots: ['.wd-DataGrid', '[data-automation-id="gridContainer"]'],
    headers: ['tr.grid-head-row > td[role="columnheader"]', 'tr.grid-head-row > td'],
    rows: ['tr[data-automation-id="gridrow"]'],
  },
];
const nextPage = [
  'button[data-automation-id="navigateNextPage"]:not([aria-disabled="true"])', // newer table pagination
];
const previousPage = [
  'button[data-automation-id="navigatePreviousPage"]:not([aria-disabled="true"])', // newer table pagination
];
const olderGridRows = [
  'tr[data-automation-id="gridrow"]', // the older grid appends rows as the page is scrolled to its end
];
const counts = [
  '[data-automation-id="paginationAdditionalDetails"]', // newer table: "1-30 of 123"
  '[data-automation-id="rowCountLabel"]', // both generations: "123 items"
];

/** The first layout whose root holds rows: the page's Workday generation. */
function findLayout(document: Document): { layout: Layout; root: { element: Element; selector: string }; rows: Element[] } | null {
  for (const layout of layouts) {
    const root = firstMatch(document, layout.roots);
    const rows = root ? allMatches(root.element, layout.rows) : [];
    if (root && rows.length > 0) return { layout, root, rows };
  }
  return null;
}

/** The row's worker link (`/acme/d/inst/247$8301.htmld`), else its `aria-rowindex` in the whole table, else its position among the rows appended so far. */
function workerKey(row: Element, index: number): string {
  return row.querySelector('a[data-automation-id="promptOption"][href]')?.getAttribute('href') ?? row.getAttribute('aria-rowindex') ?? String(index);
}

/** Workday grids and tables, both generations, found by their `data-automation-id` hooks; counts from "123 items" or "1-30 of 123". */
export const workday = defineAdapter({
  id: 'workday',
  name: 'Workday',
  matches: ['https://*.myworkday.com/*', 'https://*.workday.com/*'],
  probe: layouts.flatMap((layout) => layout.roots).join(', '),
  collect: [
    { kind: 'pages', next: nextPage, prev: previousPage, keys: 'global' },
    { kind: 'scroll', scroller: [], onlyWith: olderGridRows },
  ],
  isCurrentPage: (url) => /(^|\.)(myworkday|workday)\.com$/.test(url.hostname) && /\/d\/(task|inst|gateway)\b/.test(url.pathname),
  extract(document, url, capturedAt = new Date().toISOString()) {
    const found = findLayout(document);
    if (!found) return null;
    const headers = allMatches(found.root.element, found.layout.headers).map(textOf);
    const { total, missing } = declaredTotal(found.root.element, counts, lastInteger);
    return toExtraction(
      'workday',
      {
        selector: found.root.selector,
        headers,
        rows: found.rows.map((row) => rowCells(row).map(textOf)),
        rowKeys: found.rows.map(workerKey),
        total,
        missing: headers.length === 0 ? [...missing, { part: 'headers', selectors: found.layout.headers }] : missing,
      },
      url,
      capturedAt,
    );
  },
});
