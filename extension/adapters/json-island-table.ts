import { defineAdapter } from './adapter.ts';
import { cssPath } from './dom/css-path.ts';
import { findTotalInJson } from './dom/find-total-in-json.ts';
import { toExtraction } from './dom/page-grid.ts';
import { rowCells } from './dom/row-cells.ts';
import { textOf } from './dom/text-of.ts';

const islands = [
  'script[type="application/json"]', // server-rendered React pages (Greenhouse `js-…-data`, BambooHR)
];
const hosts = /(^|\.)(greenhouse\.io|bamboohr\.com)$/;
const nextLinks = [
  'a[rel="next"][href]', // the pager's "Next ›" link to ?page=N+1 (a full page load)
  'link[rel="next"][href]', // the same, declared in the page's head
];
const previousLinks = [
  'a[rel="prev"][href]', // the pager's "‹ Previous" link to ?page=N-1
  'link[rel="prev"][href]', // the same, declared in the page's head
];

/** The page's total from its JSON islands; unreadable JSON is skipped, since a page's script is data, never trusted to parse. */
function islandTotal(document: Document): number | null {
  for (const script of document.querySelectorAll(islands.join(', '))) {
    try {
      const total = findTotalInJson(JSON.parse(script.textContent ?? ''));
      if (total !== null) return total;
    } catch {
      continue;
    }
  }
  return null;
}

/** The row's record link (`/people/48213/applications/91255`): rows have no other identity on these pages. */
function rowLink(row: Element): string | null {
  for (const link of row.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    if (/\d/.test(href) && !/^\s*javascript:/i.test(href)) return href;
  }
  return null;
}

/** The table whose body rows most often carry a record link: the list, not a layout or summary table. */
function linkedTable(document: Document): Element | null {
  let best: Element | null = null;
  let bestCount = 0;
  for (const table of document.querySelectorAll('table')) {
    let count = 0;
    for (const row of table.querySelectorAll('tbody > tr')) if (rowLink(row)) count++;
    if (count > bestCount) {
      best = table;
      bestCount = count;
    }
  }
  return best;
}

/** Plain tables with hashed CSS-in-JS classes (Greenhouse, BambooHR style): rows known by their links, total in a JSON island, paged by ?page=N page loads. */
export const jsonIslandTable = defineAdapter({
  id: 'json-island-table',
  name: 'Greenhouse / BambooHR style table',
  matches: ['https://app.greenhouse.io/*', 'https://*.bamboohr.com/*'],
  probe: islands[0],
  isCurrentPage: (url) => hosts.test(url.hostname),
  collect: { kind: 'navigate', next: nextLinks, prev: previousLinks },
  extract(document, url, capturedAt = new Date().toISOString()) {
    const table = document.querySelector(islands.join(', ')) ? linkedTable(document) : null;
    if (!table) return null;
    const headerRow = table.querySelector('thead > tr:last-child');
    const rows = Array.from(table.querySelectorAll('tbody > tr'));
    const total = islandTotal(document);
    return toExtraction(
      'json-island-table',
      {
        selector: cssPath(table),
        headers: headerRow ? rowCells(headerRow).map(textOf) : [],
        rows: rows.map((row) => rowCells(row).map(textOf)),
        // Keys must hold across page loads: the record link, else the row's place on this very page (its address and position).
        rowKeys: rows.map((row, index) => rowLink(row) ?? `${url}#${index}`),
        total,
        missing: [...(total === null ? [{ part: 'count' as const, selectors: islands }] : []), ...(headerRow ? [] : [{ part: 'headers' as const, selectors: ['thead > tr:last-child'] }])],
      },
      url,
      capturedAt,
    );
  },
});
