import { uniqueSheetName } from './unique-sheet-name.ts';

/** Add a worksheet under a name not yet taken (one sync to learn the names), so writing never overwrites a sheet. */
export async function addNewSheet(context: Excel.RequestContext, baseName: string): Promise<{ sheet: Excel.Worksheet; name: string }> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const name = uniqueSheetName(baseName, sheets.items.map((sheet) => sheet.name));
  return { sheet: sheets.add(name), name };
}
