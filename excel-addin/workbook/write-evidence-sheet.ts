import { evidenceSheetLayout, type EvidenceSheetInput } from './evidence-sheet-layout.ts';
import { addNewSheet } from './add-new-sheet.ts';

/**
 * Add a new sheet with the evidence table (live formulas beside PeopleCase's values and a check that they agree) and a native
 * column chart per headline metric by department, stacked without overlap: one sync to learn the sheet names (a new, unique
 * name: nothing is overwritten), one to write everything. Returns the new sheet's name.
 * @example await writeEvidenceSheet({ lang: 'en', sources: { roster }, evidence, period, day, chartMetrics }) // 'PeopleCase evidence'
 */
export async function writeEvidenceSheet(input: EvidenceSheetInput, baseName: string): Promise<string> {
  const layout = evidenceSheetLayout(input);
  return Excel.run(async (context) => {
    const { sheet, name } = await addNewSheet(context, baseName);
    for (const block of layout.blocks) {
      const range = sheet.getRange(block.address);
      if (block.numberFormats) range.numberFormat = block.numberFormats;
      range.formulas = block.formulas;
    }
    sheet.getRange('A1').format.font.bold = true;
    sheet.getRange('A1').format.font.size = 14;
    sheet.getRange(layout.headerAddress).format.font.bold = true;
    for (const chart of layout.charts) {
      const added = sheet.charts.add(Excel.ChartType.columnClustered, sheet.getRange(chart.address), Excel.ChartSeriesBy.columns);
      added.title.text = chart.title;
      added.legend.visible = false;
      added.setPosition(chart.from, chart.to);
    }
    sheet.getRange('A:H').format.autofitColumns();
    sheet.activate();
    await context.sync();
    return name;
  });
}
