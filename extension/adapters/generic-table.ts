import { defineAdapter } from './adapter.ts';
import { cssPath } from './dom/css-path.ts';
import { headerNamesOf } from './dom/header-grid.ts';
import { ariaDataRowCount } from './dom/keyed-rows.ts';
import { toExtraction } from './dom/page-grid.ts';
import { rowCells } from './dom/row-cells.ts';
import { textOf } from './dom/text-of.ts';

const candidates = [
  'table', // any HTML table (layout tables lose on size)
  '[role="table"], [role="grid"], [role="treegrid"]', // ARIA tables and grids built from divs
];

/** A candidate read into header and body cells, before the largest one is chosen. */
interface Candidate {
  element: Element;
  headers: string[];
  rows: string[][];
  headerRows: Element[];
}

/**
 * An HTML table's header (thead's rows, grouped headers named by headerNamesOf, else a first row of th cells) and its other
 * rows; rows with no text are filler and left out.
 */
function readHtmlTable(table: Element): Candidate {
  const allRows = Array.from(table.querySelectorAll('tr')).filter((row) => row.closest('table') === table);
  const headRows = allRows.filter((row) => row.parentElement?.tagName === 'THEAD');
  const firstIsHeader = headRows.length === 0 && allRows[0] !== undefined && rowCells(allRows[0]).every((cell) => cell.tagName === 'TH');
  const headerRows = firstIsHeader ? [allRows[0]] : headRows;
  const bodyRows = allRows.filter((row) => row.parentElement?.tagName !== 'THEAD' && row.parentElement?.tagName !== 'TFOOT' && !headerRows.includes(row));
  return {
    element: table,
    headers: headerNamesOf(headerRows),
    rows: bodyRows.map((row) => rowCells(row).map(textOf)).filter((cells) => cells.some((text) => text !== '')),
    headerRows: headRows,
  };
}

/** An ARIA table or grid: column headers, and rows that hold cells. */
function readAriaTable(grid: Element): Candidate {
  const rows = Array.from(grid.querySelectorAll('[role="row"]'));
  const cellsOf = (row: Element) => Array.from(row.querySelectorAll('[role="cell"], [role="gridcell"], [role="rowheader"]'));
  return {
    element: grid,
    headers: Array.from(grid.querySelectorAll('[role="columnheader"]'), textOf),
    rows: rows.map(cellsOf).filter((cells) => cells.length > 0).map((cells) => cells.map(textOf)),
    headerRows: rows.filter((row) => row.querySelector('[role="columnheader"]')),
  };
}

/** Cells read from a candidate, the measure of how much of the page's data it holds. */
function size(candidate: Candidate): number {
  return candidate.rows.length * Math.max(candidate.headers.length, ...candidate.rows.map((row) => row.length));
}

/** Any table-like structure the specific adapters do not know: the largest HTML or ARIA table with at least two columns and a row. */
export const genericTable = defineAdapter({
  id: 'generic-table',
  name: 'Table on this page',
  matches: [],
  probe: candidates.join(', '),
  isCurrentPage: () => false,
  extract(document, url, capturedAt = new Date().toISOString()) {
    let best: Candidate | null = null;
    for (const table of document.querySelectorAll(candidates[0])) {
      if (table.querySelector('table')) continue;
      const candidate = readHtmlTable(table);
      if (!best || size(candidate) > size(best)) best = candidate;
    }
    for (const grid of document.querySelectorAll(candidates[1])) {
      if (grid.tagName === 'TABLE') continue;
      const candidate = readAriaTable(grid);
      if (!best || size(candidate) > size(best)) best = candidate;
    }
    const columns = best ? Math.max(best.headers.length, ...best.rows.map((row) => row.length)) : 0;
    if (!best || best.rows.length === 0 || columns < 2) return null;
    const total = ariaDataRowCount(best.element.closest('[aria-rowcount]'), best.headerRows);
    const headers = Array.from({ length: columns }, (_, column) => best.headers[column] ?? '');
    return toExtraction(
      'generic-table',
      {
        selector: cssPath(best.element),
        headers,
        rows: best.rows,
        rowKeys: best.rows.map((_, index) => String(index)),
        total,
        missing: total === null ? [{ part: 'count', selectors: ['[aria-rowcount]'] }] : [],
      },
      url,
      capturedAt,
    );
  },
});
