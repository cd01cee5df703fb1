import { defineAdapter } from './adapter.ts';
import { declaredTotal } from './dom/declared-total.ts';
import { integersIn, lastInteger } from './dom/integers-in.ts';
import { toExtraction } from './dom/page-grid.ts';
import { allMatches, firstMatch } from './dom/selectors.ts';
import { textOf } from './dom/text-of.ts';

const roots = [
  'table.o_list_table', // Odoo 14–18 list view
  '.o_list_view table.table', // a list view whose table lost its hook class
];
const headerCells = [
  'thead th[data-name]', // Odoo 16–18: one th per field, named
  'thead th.o_column_sortable', // older list views without data-name
];
const dataRows = [
  'tbody tr.o_data_row', // every version: record rows (group, filler and total rows carry other classes)
];
const pagerLimits = [
  '.o_pager_limit', // "1-80 / 120": the 120
  '.o_pager_counter', // a pager without the inner span: the last number of its text
];
const nextPage = [
  'button.o_pager_next:not([disabled])', // Odoo 16–18 pager
];
const previousPage = [
  'button.o_pager_previous:not([disabled])', // Odoo 16–18 pager; it wraps around from the first page to the last, so the counter tells the start
];
const pagerValues = [
  '.o_pager_value', // "81-160": the first record shown, 1 on the first page
];
const groupNames = [
  'tr.o_group_header th.o_group_name', // grouped list: "Sales (12)"
  'tr.o_group_header', // a group row whose name cell lost its class
];

/** The record count a group header declares, "Sales (12)" → 12; null for a nested group, which its parent already counts. */
function topLevelGroupCount(name: Element): number | null {
  const level = /--o-list-group-level:\s*(\d+)/.exec(name.querySelector('.o_group_caret')?.getAttribute('style') ?? '');
  if (level && level[1] !== '0') return null;
  const count = /\(([\d,.\s]+)\)\s*$/.exec(textOf(name));
  return count ? (integersIn(count[1])[0] ?? null) : null;
}

/** The records behind the list: the sum of top-level group counts when grouped (the pager then counts groups), else the pager's limit. */
function recordTotal(document: Document, root: Element): ReturnType<typeof declaredTotal> {
  const groups = allMatches(root, groupNames);
  if (groups.length > 0) {
    const counts = groups.map(topLevelGroupCount).filter((count) => count !== null);
    return { total: counts.reduce((sum, count) => sum + count, 0), missing: [] };
  }
  return declaredTotal(document, pagerLimits, lastInteger);
}

/** A cell's text by its field name, so optional columns and controls never shift a value into the wrong column; by position when headers carry no names. */
function rowByField(row: Element, fields: readonly string[]): string[] {
  if (!fields.every(Boolean)) return Array.from(row.querySelectorAll('td.o_data_cell'), textOf);
  const cells = new Map<string, Element>();
  for (const cell of row.querySelectorAll('td[name]')) cells.set(cell.getAttribute('name') ?? '', cell);
  return fields.map((field) => {
    const cell = cells.get(field);
    return cell ? textOf(cell) : '';
  });
}

/** Odoo list views: a semantic table with named header and data cells, group header rows, tfoot totals and a pager. */
export const odoo = defineAdapter({
  id: 'odoo',
  name: 'Odoo',
  matches: ['https://*.odoo.com/*'],
  probe: roots.join(', '),
  collect: { kind: 'pages', next: nextPage, prev: previousPage, counter: pagerValues, keys: 'global' },
  isCurrentPage: (url) => /^\/odoo\/[\w.-]+\/?$/.test(url.pathname) || (url.pathname === '/web' && /view_type=list/.test(url.hash)),
  extract(document, url, capturedAt = new Date().toISOString()) {
    const root = firstMatch(document, roots);
    if (!root) return null;
    const headers = allMatches(root.element, headerCells);
    const fields = headers.map((header) => header.getAttribute('data-name') ?? '');
    const rows = allMatches(root.element, dataRows);
    const { total, missing } = recordTotal(document, root.element);
    return toExtraction(
      'odoo',
      {
        selector: root.selector,
        headers: headers.map(textOf),
        rows: rows.map((row) => rowByField(row, fields)),
        rowKeys: rows.map((row, index) => row.getAttribute('data-id') ?? String(index)),
        total,
        missing: headers.length === 0 ? [...missing, { part: 'headers', selectors: headerCells }] : missing,
      },
      url,
      capturedAt,
    );
  },
});
