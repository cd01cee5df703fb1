import { valuesTableBuilder } from '../../core/table/from-values.ts';
import type { CellValue, RawTable } from '../../core/table/raw-table.ts';
import { dominantFormat } from './dominant-format.ts';
import { estimateRowBytes, rowsPerChunk } from './plan-chunks.ts';
import { sheetRef } from './sheet-ref.ts';
import type { WorkbookSource } from './workbook-source.ts';
import { columnLetters } from '../../core/table/cell-address.ts';

/** How far a read has got, for the progress bar. */
export interface ReadProgress {
  rowsRead: number;
  rowCount: number;
  chunksRead: number;
}

export interface ReadSourceOptions {
  onProgress?: (progress: ReadProgress) => void;
  /** Aborting stops the read between two chunks; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** Rows sampled for the row size and the columns' number formats. */
const sampleRows = 200;

/** Error codes Excel gives when a request or its response is over the payload limit. */
const payloadErrors = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'PayloadTooLarge']);

/** True for Excel's "payload too large" errors, the one failure a smaller chunk cures. */
export function isPayloadError(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  return (code !== undefined && payloadErrors.has(code)) || /payload/i.test(message ?? '');
}

/**
 * Read a source (header row + data) into a RawTable: one sync for the size, one for the header and a sample (values and number
 * formats, so date serials are recognised by their format), then the data in row chunks sized from the sample to stay under
 * the 5 MB payload and 5,000,000-cell limits, one sync per chunk, halving a chunk the host still finds too large. Each chunk
 * is encoded as it arrives, so its rows are free at once (a full sheet is never held as one 2D array); progress is reported after each chunk; an abort stops between chunks.
 * @example await readSource({ sheet: 'HR', address: 'A1:Q1194' }, { onProgress }) // RawTable with 1,193 rows
 */
export async function readSource(source: Pick<WorkbookSource, 'sheet' | 'address'>, options: ReadSourceOptions = {}): Promise<RawTable> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(source.sheet);
    const range = sheet.getRange(source.address);
    range.load('rowIndex,columnIndex,rowCount,columnCount');
    await context.sync();
    const { rowIndex, columnIndex, columnCount } = range;
    const dataRows = range.rowCount - 1;
    const sample = sheet.getRangeByIndexes(rowIndex, columnIndex, 1 + Math.min(sampleRows, dataRows), columnCount);
    sample.load('values,numberFormat');
    await context.sync();
    const headerRow = sample.values[0] as CellValue[];
    const sampleValues = sample.values.slice(1) as CellValue[][];
    const numberFormats = headerRow.map((_, column) => dominantFormat(sample.numberFormat.slice(1) as string[][], column));
    const origin = `${sheetRef(source.sheet)}!${columnLetters(columnIndex)}${rowIndex + 1}`;
    const table = valuesTableBuilder(headerRow, dataRows, {
      provenance: { kind: 'workbook', sheet: source.sheet, origin, range: `${sheetRef(source.sheet)}!${source.address}` },
      firstDataRow: rowIndex + 2,
      numberFormats,
    });
    let size = rowsPerChunk(estimateRowBytes(sampleValues, columnCount), columnCount);
    let rowsRead = 0;
    let chunksRead = 0;
    while (rowsRead < dataRows) {
      options.signal?.throwIfAborted();
      const count = Math.min(size, dataRows - rowsRead);
      const block = sheet.getRangeByIndexes(rowIndex + 1 + rowsRead, columnIndex, count, columnCount);
      block.load('values');
      try {
        await context.sync();
      } catch (error) {
        if (!isPayloadError(error) || size === 1) throw error;
        size = Math.max(1, Math.floor(count / 2));
        continue;
      }
      table.append(block.values as CellValue[][]);
      rowsRead += count;
      chunksRead++;
      options.onProgress?.({ rowsRead, rowCount: dataRows, chunksRead });
    }
    return table.finish();
  });
}
