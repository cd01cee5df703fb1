import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { analyzeTable, type Analysis } from '../../core/analyze.ts';
import { yearPeriod } from '../../core/table/day.ts';
import { readCsv } from '../../core/table/csv-reader.ts';
import { rawTableFromValues } from '../../core/table/from-values.ts';
import type { CellValue, RawTable } from '../../core/table/raw-table.ts';
import { benchScenario } from './bench-scenario.ts';
import { rosterNumberFormats } from './synthetic-roster.ts';

/** The scenario's analysis of a raw table: every metric per department for the year, as the CLI and the add-in run it. */
function analyzeScenario(raw: RawTable): Analysis {
  const { by, year, asOf, k } = benchScenario;
  return analyzeTable(raw, { by, period: yearPeriod(year), asOf, k });
}

/** (a) The CLI path: CSV file → RawTable → Dataset → evidence. */
export function analyzeCsvFile(file: string): Analysis {
  return analyzeScenario(readCsv(readFileSync(file), { fileName: basename(file) }));
}

/** (b) The Excel path: the 2D array Office.js hands over (date columns formatted as dates) → RawTable → Dataset → evidence. */
export function analyzeValues(values: readonly (readonly CellValue[])[]): Analysis {
  return analyzeScenario(rawTableFromValues(values, { numberFormats: rosterNumberFormats }));
}
