import { describe, expect, it } from 'vitest';
import { fakeExcel, sheetGrid } from './fake-excel.ts';

describe('fakeExcel enforces what Office enforces', () => {
  it('throws when a property is read before load, or after load but before sync', async () => {
    const { excel } = fakeExcel({ sheets: [{ name: 'HR', rows: [['Name'], ['Ann']] }] });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('HR').getRange('A1:A2');
      expect(() => range.values).toThrow(/not available/);
      range.load('values');
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([['Name'], ['Ann']]);
      expect(() => range.address).toThrow(/not available/);
    });
  });

  it('loads collection items only with items/…, and applies writes only at sync', async () => {
    const { excel, workbook } = fakeExcel({ sheets: [{ name: 'HR' }] });
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(/not available/);
      sheets.load('items/name');
      const added = sheets.add('New');
      added.getRange('A1:B1').values = [['x', '=1+1']];
      expect(workbook.sheets).toHaveLength(1);
      await context.sync();
      expect(sheets.items.map((sheet) => sheet.name)).toEqual(['HR']);
      expect(() => added.getRange('A1:B1').values = [['too', 'many', 'cells']]).toThrow(/doesn't match/);
    });
    expect(sheetGrid(workbook, 'New')).toEqual([['x', '=1+1']]);
  });

  it('refuses a sheet name already taken, as Excel does', async () => {
    const { excel } = fakeExcel({ sheets: [{ name: 'HR' }] });
    await expect(excel.run(async (context) => {
      context.workbook.worksheets.add('hr');
      await context.sync();
    })).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  });
});
