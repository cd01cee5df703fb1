import { defineAdapter } from './adapter.ts';
import { declaredTotal } from './dom/declared-total.ts';
import { lastInteger } from './dom/integers-in.ts';
import { toExtraction } from './dom/page-grid.ts';
import { allMatches, firstMatch } from './dom/selectors.ts';
import { textOf } from './dom/text-of.ts';

const roots = [
  '.frappe-list', // Frappe 13–15 list view (ERPNext, Frappe HR)
  '.result', // a list view whose wrapper lost its hook class
];
const headerCells = [
  '.list-row-head .list-header-subject > .list-row-col', // Frappe 14–15
  '.list-row-head .level-left .list-row-col', // Frappe 13
];
const rows = [
  '.list-row-container .list-row', // plain and virtualised lists (virtual rows sit between spacers)
  '.list-row', // rows without their focusable container
];
const rowCells = [
  '.level-left .list-row-col', // the data half of a row; the right half holds modified time and comment count
];
const loadMore = [
  '.list-paging-area .btn-more', // "Load More": appends the next page of rows
];
const virtualMarkers = [
  '.list-virtual-spacer', // the virtualised list: spacers above and below the rows in view, scrolled with the window
];
const counts = [
  '.list-count', // "20 of 150"
  '.list-row-head .level-right', // a count span that lost its class
];

/** The label a cell states in its `title="Department: Sales"`, '' when it has none (the subject cell's title is the value itself). */
function titleLabel(cell: Element): string {
  const titled = cell.querySelector('[title]');
  const match = /^([^:]+):\s/.exec(titled?.getAttribute('title') ?? '');
  return match ? match[1].trim() : '';
}

/** The row's record name (`HR-EMP-00841`), else its record link, else its position: names and links hold across scroll windows. */
function recordKey(row: Element, index: number): string {
  return row.querySelector('[data-name]')?.getAttribute('data-name') ?? row.querySelector('a[href^="/app/"]')?.getAttribute('href') ?? String(index);
}

/** Frappe / ERPNext list views: flex rows whose cells carry "Label: value" titles, "20 of 150", and a virtualised variant past ~2,000 rows. */
export const frappe = defineAdapter({
  id: 'frappe',
  name: 'Frappe HR / ERPNext',
  matches: ['https://*.frappe.cloud/*', 'https://*.erpnext.com/*', 'https://*.frappehr.com/*'],
  probe: roots.join(', '),
  // The virtualised list scrolls the window to its end before "Load More"; the plain list only presses it.
  collect: [
    { kind: 'scroll', scroller: [], onlyWith: virtualMarkers },
    { kind: 'pages', next: loadMore, keys: 'global' },
  ],
  isCurrentPage: (url) => /^\/app\/[\w-]+(\/view\/(list|report))?\/?$/.test(url.pathname),
  extract(document, url, capturedAt = new Date().toISOString()) {
    const root = firstMatch(document, roots);
    const rowElements = root ? allMatches(root.element, rows) : [];
    if (!root || rowElements.length === 0) return null;
    const cells = rowElements.map((row) => allMatches(row, rowCells));
    const heads = allMatches(root.element, headerCells).map(textOf);
    const headers = heads.length > 0 ? heads : (cells[0] ?? []).map(titleLabel);
    const { total, missing } = declaredTotal(root.element, counts, lastInteger);
    return toExtraction(
      'frappe',
      {
        selector: root.selector,
        headers,
        rows: cells.map((row) => row.map(textOf)),
        rowKeys: rowElements.map(recordKey),
        total,
        missing: heads.length === 0 ? [...missing, { part: 'headers', selectors: headerCells }] : missing,
      },
      url,
      capturedAt,
    );
  },
});
