import type { PeopleCaseDocument } from '../../core/proposal/document.ts';
import { proposalSheetRows } from './proposal-sheet-rows.ts';
import { addNewSheet } from './add-new-sheet.ts';

/**
 * Add a new sheet (unique name, nothing overwritten) with the proposal's text, headings in bold and paragraphs wrapped in
 * a wide first column: one sync for the names, one for everything else. Returns the new sheet's name.
 * @example await writeProposalSheet(doc, 'PeopleCase proposal') // 'PeopleCase proposal (2)'
 */
export async function writeProposalSheet(doc: PeopleCaseDocument, baseName: string): Promise<string> {
  const rows = proposalSheetRows(doc);
  const width = Math.max(1, ...rows.map((row) => row.cells.length));
  return Excel.run(async (context) => {
    const { sheet, name } = await addNewSheet(context, baseName);
    const all = sheet.getRangeByIndexes(0, 0, rows.length, width);
    all.numberFormat = rows.map(() => Array.from({ length: width }, () => '@'));
    all.values = rows.map((row) => Array.from({ length: width }, (_, c) => row.cells[c] ?? ''));
    sheet.getRange('A:A').format.columnWidth = 480;
    rows.forEach((row, index) => {
      if (row.style === 'text') sheet.getRangeByIndexes(index, 0, 1, 1).format.wrapText = true;
      if (row.style === 'title' || row.style === 'heading' || row.style === 'table-header') sheet.getRangeByIndexes(index, 0, 1, row.cells.length).format.font.bold = true;
      if (row.style === 'title') sheet.getRangeByIndexes(index, 0, 1, 1).format.font.size = 16;
    });
    await context.sync();
    return name;
  });
}
