import type { TextTable } from './text-table.ts';
import { textWidth } from './text-width.ts';

/**
 * Each column's share of a table's width (summing to 1), from its longest text plus room for cell padding and capped at 40
 * ens, so short numeric columns stay narrow and one wordy column cannot squeeze the others to a letter each. Word and
 * PowerPoint tables get the same proportions. A table without columns gives no shares.
 * @example columnWeights({ header: ['Team', 'Turnover'], rows: [['R&D', '18.3%']], numeric: [false, true] }) // [0.4, 0.6]
 */
export function columnWeights(table: TextTable): number[] {
  const weights = table.header.map((header, column) => Math.min(40, 3 + Math.max(...[header, ...table.rows.map((row) => row[column])].map(textWidth))));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => weight / total);
}
