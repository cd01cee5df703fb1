import { evidenceSheetLayout, type EvidenceSheetInput } from './evidence-sheet-layout.ts';
import { uniqueSheetName } from './unique-sheet-name.ts';

/**
 * Add a new sheet with the evidence table (live formulas beside PeopleCase's values and a check that they agree) and a native
 * column chart of turnover by department: one sync to learn the sheet names (a new, unique name: nothing is overwritten), one
 * to write everything. Returns the new sheet's name.
 * @example await writeEvidenceSheet({ lang: 'en', source, fieldMap, evidence, period, day }) // 'PeopleCase evidence'
 */
export async function writeEvidenceSheet(input: EvidenceSheetInput, baseName: string): Promise<string> {
  const layout = evidenceSheetLayout(input);
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const name = uniqueSheetName(baseName, sheets.items.map((sheet) => sheet.name));
    const sheet = sheets.add(name);
    for (const block of layout.blocks) {
      const range = sheet.getRange(block.address);
      if (block.numberFormats) range.numberFormat = block.numberFormats;
      range.formulas = block.formulas;
    }
    sheet.getRange('A1').format.font.bold = true;
    sheet.getRange('A1').format.font.size = 14;
    sheet.getRange(layout.headerAddress).format.font.bold = true;
    if (layout.chart) {
      const chart = sheet.charts.add(Excel.ChartType.columnClustered, sheet.getRange(layout.chart.address), Excel.ChartSeriesBy.columns);
      chart.title.text = layout.chart.title;
      chart.legend.visible = false;
      chart.setPosition('P6');
    }
    sheet.getRange('A:H').format.autofitColumns();
    sheet.activate();
    await context.sync();
    return name;
  });
}
