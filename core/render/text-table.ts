import type { Block, PeopleCaseDocument } from '../proposal/document.ts';
import { inlineText } from './inline-text.ts';

/** A table as plain text cells, ready for a writer to escape: `numeric` marks columns to right-align. */
export interface TextTable {
  header: string[];
  rows: string[][];
  numeric: boolean[];
}

/**
 * A document table block as text cells, quantities formatted for the document's language; a column whose every cell is one
 * quantity is numeric, so writers right-align it. A row wider than the header throws (a builder bug); a shorter one is padded.
 * @example tableText(doc, { kind: 'table', header: ['Team', 'Turnover'], rows: [[['R&D'], [{ ref: 'rd' }]]] }).numeric // [false, true]
 */
export function tableText(doc: Pick<PeopleCaseDocument, 'lang' | 'quantities'>, block: Extract<Block, { kind: 'table' }>): TextTable {
  const width = block.header.length;
  const rows = block.rows.map((row, index) => {
    if (row.length > width) throw new Error(`tableText: row ${index + 1} has ${row.length} cells but the header has ${width}`);
    return block.header.map((_, column) => inlineText(doc, row[column] ?? []));
  });
  const numeric = block.header.map(
    (_, column) => block.rows.length > 0 && block.rows.every((row) => row[column]?.length === 1 && typeof row[column][0] !== 'string'),
  );
  return { header: block.header, rows, numeric };
}
