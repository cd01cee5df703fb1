import { mkdir, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { dayFromIso } from '../table/day.ts';
import { csvText } from '../demo/csv-text.ts';
import { demoColumnFormats, demoTableNames, generateDemoCompany, type DemoCell, type DemoCompany, type DemoTable } from '../demo/demo-company.ts';

const examplesDir = new URL('../../examples/', import.meta.url);
/** Fixed workbook timestamps, so regenerating the same seed gives the same file. */
const exportDate = new Date(Date.UTC(2025, 11, 31));
const numberFormats = { date: 'yyyy-mm-dd', money: '#,##0' } as const;

/** A cell as exceljs should store it: ISO dates in date columns become real Excel dates; text is written as text, never as a formula. */
function workbookCell(cell: DemoCell, format: 'date' | 'money' | undefined): DemoCell | Date {
  return format === 'date' && typeof cell === 'string' ? new Date(dayFromIso(cell) * 86_400_000) : cell;
}

/** One table as a sheet: bold frozen header with a filter, dates and money formatted, columns wide enough to read. */
function addSheet(workbook: ExcelJS.Workbook, name: string, table: DemoTable): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const [header, ...rows] = table;
  const formats = header.map((h) => demoColumnFormats[String(h)]);
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((cell, c) => workbookCell(cell, formats[c])));
  header.forEach((h, c) => {
    const column = sheet.getColumn(c + 1);
    const format = formats[c];
    if (format) column.numFmt = numberFormats[format];
    const longest = Math.max(...table.slice(0, 200).map((row) => String(row[c] ?? '').length));
    column.width = Math.min(48, Math.max(10, longest + 2));
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
}

/** The sheet name of a table in demo-company.xlsx: `business` → `Business`. */
function sheetName(name: string): string {
  return name[0].toUpperCase() + name.slice(1);
}

/**
 * Write the demo company to examples/: one UTF-8-with-BOM CSV per table and every table as a sheet of demo-company.xlsx.
 * Run with `npm run demo:data` after changing the generator, then commit the files.
 * @example await writeDemoFiles(generateDemoCompany())
 */
export async function writeDemoFiles(company: DemoCompany): Promise<string[]> {
  await mkdir(examplesDir, { recursive: true });
  const written: string[] = [];
  for (const name of demoTableNames) {
    const file = new URL(`${name}.csv`, examplesDir);
    await writeFile(file, csvText(company[name]), 'utf8');
    written.push(file.pathname);
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'PeopleCase demo generator';
  workbook.created = exportDate;
  workbook.modified = exportDate;
  for (const name of demoTableNames) addSheet(workbook, sheetName(name), company[name]);
  const xlsx = new URL('demo-company.xlsx', examplesDir);
  await writeFile(xlsx, Buffer.from(await workbook.xlsx.writeBuffer()));
  written.push(xlsx.pathname);
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const file of await writeDemoFiles(generateDemoCompany())) console.log(file);
}
