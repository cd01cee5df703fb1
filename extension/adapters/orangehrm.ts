import { defineAdapter } from './adapter.ts';
import { declaredTotal } from './dom/declared-total.ts';
import { integersIn } from './dom/integers-in.ts';
import { toExtraction } from './dom/page-grid.ts';
import { allMatches, firstMatch } from './dom/selectors.ts';
import { textOf } from './dom/text-of.ts';

// Markup as @ohrm/oxd 2.0.3's OxdCardTable renders it (test/fixtures/hris/orangehrm-*.html were rendered by that build).
const roots = [
  '.oxd-table[role="table"]', // oxd 2 OxdCardTable, desktop and card layouts (OrangeHRM 5 PIM, Recruitment, Leave lists)
  '.oxd-table', // a build that dropped the ARIA role
];
const headerCells = [
  '.oxd-table-header [role="columnheader"]', // oxd 2 desktop layout (screens ≥ 1000 px): one header row, checkbox column first
  '.oxd-table-header .oxd-table-th', // a build that dropped the ARIA role
];
const bodyRows = [
  '.oxd-table-body [role="row"]', // oxd 2, both layouts: one row inside each .oxd-table-card
  '.oxd-table-body .oxd-table-row', // a build that dropped the ARIA role
];
const bodyCells = [
  '[role="cell"]', // oxd 2 desktop layout: checkbox cell, data cells, actions cell, in header order
  '.oxd-table-cell', // a build that dropped the ARIA role
];
const cardCells = [
  '.oxd-table-card-cell', // oxd 2 card layout (screens < 1000 px): a label and a value per non-empty cell, title cell first
];
const cardLabels = [
  '.header', // oxd 2 card cell: the column's title
];
const cardValues = [
  '.data', // oxd 2 card cell: the value beside its label
];
const nextPage = [
  'nav[aria-label="Pagination Navigation"] .bi-chevron-right', // oxd 2 OxdPagination: the chevron in the next button; the click reaches the button
  'nav[aria-label="Pagination Navigation"] li:last-child > .oxd-pagination-page-item--previous-next', // a pager whose icon class changed: the previous/next button that ends the list
];
const previousPage = [
  'nav[aria-label="Pagination Navigation"] .bi-chevron-left', // oxd 2 OxdPagination: the chevron in the previous button, shown past page 1
  'nav[aria-label="Pagination Navigation"] li:first-child > .oxd-pagination-page-item--previous-next', // a pager whose icon class changed: the previous/next button that starts the list
];
const counts = [
  '.orangehrm-horizontal-padding .oxd-text--span', // OrangeHRM 5 list header: an OxdText span "(42) Records Found" between the Add button and the table
  'span.oxd-text', // the same label in another container
];

/** "(42) Records Found" / "(1) Record Found" in any language: the number in the leading parentheses. */
function recordsFound(text: string): number | null {
  const match = /^\(([\d,.\s]+)\)/.exec(text);
  return match ? (integersIn(match[1])[0] ?? null) : null;
}

/** A header's own text: the bare text node beside its sort button, so the sort menu's words never join the header. */
function headerText(cell: Element): string {
  const own = Array.from(cell.childNodes, (node) => (node.nodeType === 3 ? (node as Text).data : '')).join('').replace(/\s+/g, ' ').trim();
  return own || textOf(cell);
}

/** The narrow-screen card layout: each cell carries its own label and empty cells are left out, so rows align by label. */
function readCardRows(rows: Element[]): { headers: string[]; rows: string[][] } {
  const headers: string[] = [];
  const labelled = rows.map((row) => {
    const cells = new Map<string, string>();
    for (const cell of allMatches(row, cardCells)) {
      const label = textOf(firstMatch(cell, cardLabels)?.element ?? cell);
      if (!headers.includes(label)) headers.push(label);
      cells.set(label, textOf(firstMatch(cell, cardValues)?.element ?? cell));
    }
    return cells;
  });
  return { headers, rows: labelled.map((cells) => headers.map((header) => cells.get(header) ?? '')) };
}

/** OrangeHRM 5 (@ohrm/oxd): an ARIA div grid (checkbox first, icon actions last) or, on narrow screens, labelled cards; "(N) Records Found" outside it, 50 rows per page. */
export const orangehrm = defineAdapter({
  id: 'orangehrm',
  name: 'OrangeHRM',
  matches: ['https://*.orangehrmlive.com/*'],
  probe: roots.join(', '),
  collect: { kind: 'pages', next: nextPage, prev: previousPage, keys: 'per-page' },
  isCurrentPage: (url) => /\/web\/index\.php\/(pim|recruitment|leave|time|admin|performance)\/view\w*/i.test(url.pathname),
  extract(document, url, capturedAt = new Date().toISOString()) {
    const root = firstMatch(document, roots);
    if (!root) return null;
    const rowElements = allMatches(root.element, bodyRows);
    const headerElements = allMatches(root.element, headerCells);
    const isCardLayout = headerElements.length === 0 && firstMatch(root.element, cardCells) !== null;
    const grid = isCardLayout
      ? readCardRows(rowElements)
      : { headers: headerElements.map(headerText), rows: rowElements.map((row) => allMatches(row, bodyCells).map(textOf)) };
    const { total, missing } = declaredTotal(document, counts, recordsFound);
    return toExtraction(
      'orangehrm',
      {
        selector: root.selector,
        headers: grid.headers,
        rows: grid.rows,
        rowKeys: grid.rows.map((_, index) => String(index)),
        total,
        missing: grid.headers.length === 0 ? [...missing, { part: 'headers', selectors: headerCells }] : missing,
      },
      url,
      capturedAt,
    );
  },
});
