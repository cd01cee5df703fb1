import { rowCells } from './row-cells.ts';
import { textOf } from './text-of.ts';

/** One header cell as the grid needs it: its text and how many columns and header rows it covers. */
export interface HeaderCell {
  text: string;
  colSpan: number;
  rowSpan: number;
}

// Joins a repeated leaf to the groups above it: "出勤天数 · 本月".
const pathSeparator = ' · ';
// Browsers clamp colspan to 1000; a page asking for more must not make the reader loop on it.
const maxColSpan = 1000;

/**
 * The header texts stacked above each column, outermost first, from header rows whose cells span columns and rows (grouped
 * headers): a cell is placed in the first column no taller cell from an earlier row still covers, as a browser lays a table out.
 * @example headerPaths([[{ text: '姓名', colSpan: 1, rowSpan: 2 }, { text: '薪酬', colSpan: 2, rowSpan: 1 }], [{ text: '月薪', colSpan: 1, rowSpan: 1 }, { text: '绩效', colSpan: 1, rowSpan: 1 }]]) // [['姓名'], ['薪酬', '月薪'], ['薪酬', '绩效']]
 */
export function headerPaths(rows: readonly (readonly HeaderCell[])[]): string[][] {
  const paths: string[][] = [];
  const coveredUntilRow: number[] = [];
  rows.forEach((cells, rowIndex) => {
    let column = 0;
    for (const cell of cells) {
      while ((coveredUntilRow[column] ?? 0) > rowIndex) column++;
      for (let offset = 0; offset < cell.colSpan; offset++) {
        (paths[column + offset] ??= []).push(cell.text);
        coveredUntilRow[column + offset] = rowIndex + cell.rowSpan;
      }
      column += cell.colSpan;
    }
  });
  return Array.from(paths, (path) => path ?? []);
}

/** The last `length` texts of a path joined, the name a column would get with that many levels. */
function tailOf(path: readonly string[], length: number): string {
  return path.slice(-length).join(pathSeparator);
}

/**
 * A name per column from its header path: the leaf text when no other column's leaf repeats it, else the shortest tail of the
 * path that no other column ends in, outermost first, joined by " · " ("出勤天数 · 本月" beside "加班时长 · 本月"). Unique leaves
 * keep their bare text so field inference still knows them (姓名, 月薪); blank group cells are not part of a path.
 * @example columnNames([['姓名'], ['出勤天数', '本月'], ['加班时长', '本月']]) // ['姓名', '出勤天数 · 本月', '加班时长 · 本月']
 */
export function columnNames(paths: readonly (readonly string[])[]): string[] {
  const texts = paths.map((path) => path.filter((text) => text !== ''));
  return texts.map((path, column) => {
    for (let length = 1; length < path.length; length++) {
      const tail = tailOf(path, length);
      if (texts.every((other, index) => index === column || tailOf(other, length) !== tail)) return tail;
    }
    return path.join(pathSeparator);
  });
}

/** A cell's span attribute as the browser reads it: a positive integer, else 1. */
function spanOf(cell: Element, attribute: 'colspan' | 'rowspan'): number {
  const span = Number.parseInt(cell.getAttribute(attribute) ?? '', 10);
  return span >= 1 ? span : 1;
}

/** A header `th`/`td` as a grid cell: visible text and its spans. */
function headerCellOf(cell: Element): HeaderCell {
  return { text: textOf(cell), colSpan: Math.min(spanOf(cell, 'colspan'), maxColSpan), rowSpan: spanOf(cell, 'rowspan') };
}

/**
 * Column names read off a table's header rows (`tr`, top to bottom), one per body column even when headers are grouped
 * over several rows with colspan and rowspan; a single plain header row gives its cell texts unchanged.
 * @example headerNamesOf(thead.rows) // ['姓名', '工号', '出勤天数 · 本月', '加班时长 · 本月']
 */
export function headerNamesOf(rows: readonly Element[]): string[] {
  return columnNames(headerPaths(rows.map((row) => rowCells(row).map(headerCellOf))));
}
