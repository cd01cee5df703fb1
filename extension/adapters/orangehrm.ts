import { defineAdapter } from './adapter.ts';
import { declaredTotal } from './dom/declared-total.ts';
import { integersIn } from './dom/integers-in.ts';
import { toExtraction } from './dom/page-grid.ts';
import { allMatches, firstMatch } from './dom/selectors.ts';
import { textOf } from './dom/text-of.ts';

const roots = [
  '.oxd-table[role="table"]', // OrangeHRM 5 list pages (PIM, Recruitment, Leave)
  '.oxd-table', // a build that dropped the ARIA role
];
const headerCells = [
  '.oxd-table-header [role="columnheader"]', // desktop layout
  '.oxd-table-header .oxd-table-th', // a build that dropped the ARIA role
];
const bodyRows = [
  '.oxd-table-body [role="row"]', // desktop and card layouts
  '.oxd-table-body .oxd-table-row', // a build that dropped the ARIA role
];
const bodyCells = [
  '[role="cell"]', // desktop layout
  '.oxd-table-cell', // a build that dropped the ARIA role
];
const nextPage = [
  'nav[aria-label="Pagination Navigation"] .bi-chevron-right', // the chevron after the page numbers; the click reaches its button
  '.oxd-pagination-page-item--previous-next:last-child', // a pager whose icon class changed: the last previous/next control
];
const counts = [
  '.orangehrm-horizontal-padding .oxd-text--span', // "(42) Records Found" above the list
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

/** The narrow-screen layout: each cell carries its own `.header` label and empty cells are left out, so rows align by label. */
function readCardRows(rows: Element[]): { headers: string[]; rows: string[][] } {
  const headers: string[] = [];
  const labelled = rows.map((row) => {
    const cells = new Map<string, string>();
    for (const cell of row.querySelectorAll('.oxd-table-card-cell')) {
      const label = textOf(cell.querySelector('.header') ?? cell);
      if (!headers.includes(label)) headers.push(label);
      cells.set(label, textOf(cell.querySelector('.data') ?? cell));
    }
    return cells;
  });
  return { headers, rows: labelled.map((cells) => headers.map((header) => cells.get(header) ?? '')) };
}

/** OrangeHRM 5: an ARIA div grid (checkbox first, icon actions last), "(N) Records Found" outside it, 50 rows per page. */
export const orangehrm = defineAdapter({
  id: 'orangehrm',
  name: 'OrangeHRM',
  matches: ['https://*.orangehrmlive.com/*'],
  probe: roots.join(', '),
  collect: { kind: 'pages', next: nextPage, keys: 'per-page' },
  isCurrentPage: (url) => /\/web\/index\.php\/(pim|recruitment|leave|time|admin|performance)\/view\w*/i.test(url.pathname),
  extract(document, url, capturedAt = new Date().toISOString()) {
    const root = firstMatch(document, roots);
    if (!root) return null;
    const rowElements = allMatches(root.element, bodyRows);
    const headerElements = allMatches(root.element, headerCells);
    const isCardLayout = headerElements.length === 0 && root.element.querySelector('.oxd-table-card-cell') !== null;
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
