/**
 * Select a cell (`'Q1 data'!D17`) so the user sees the value an issue is about; an address without a sheet is on the active sheet.
 * @example await selectCell('HR!D17')
 */
export async function selectCell(address: string): Promise<void> {
  await Excel.run(async (context) => {
    const bang = address.lastIndexOf('!');
    const sheet = bang >= 0 ? context.workbook.worksheets.getItem(address.slice(0, bang).replace(/^'(.*)'$/, '$1').replaceAll("''", "'")) : context.workbook.worksheets.getActiveWorksheet();
    sheet.activate();
    sheet.getRange(address.slice(bang + 1)).select();
    await context.sync();
  });
}
