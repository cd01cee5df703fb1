import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY, NUMERIC, cellText } from '../../core/table/raw-table.ts';
import { isoFromDay } from '../../core/table/day.ts';
import { toDataset } from '../../core/table/to-dataset.ts';
import { mockExcel } from './excel-mock.ts';
import { maxCellsPerRead, maxPayloadBytes, rowsPerChunk, estimateRowBytes } from './plan-chunks.ts';
import { readSource } from './read-source.ts';

const departments = ['R&D', 'Sales', 'Finance'];
/** Row 0 is the header; data rows carry their own index so stitching order is checkable. */
const rosterRow = (r: number) => (r === 0 ? ['Employee ID', 'Department', 'Hire Date', 'Salary'] : [`E${r}`, departments[r % 3], 40000 + r, 50000 + r]);

afterEach(() => vi.unstubAllGlobals());

describe('readSource', () => {
  it('reads the header and every row in order, with date serials recognised from the number format', async () => {
    const { excel, stats } = mockExcel({ name: 'HR', rowCount: 1 + 1000, columnCount: 4, row: rosterRow, format: (_, c) => (c === 2 ? 'yyyy-mm-dd' : 'General') });
    vi.stubGlobal('Excel', excel);
    const raw = await readSource({ sheet: 'HR', address: 'A1:D1001' });
    expect(raw.rowCount).toBe(1000);
    expect(raw.columns.map((column) => column.header)).toEqual(['Employee ID', 'Department', 'Hire Date', 'Salary']);
    expect(cellText(raw.columns[0], 0)).toBe('E1');
    expect(cellText(raw.columns[0], 999)).toBe('E1000');
    expect(raw.columns[2].numberFormat).toBe('yyyy-mm-dd');
    expect(raw.columns[3].numberFormat).toBeUndefined();
    expect(raw.columns[3].codes[5]).toBe(NUMERIC);
    expect(raw.provenance).toMatchObject({ kind: 'workbook', sheet: 'HR', origin: 'HR!A1', range: 'HR!A1:D1001' });
    expect(raw.firstDataRow).toBe(2);
    expect(stats.syncs).toBe(3);
  });

  it('takes serial numbers for dates only where the cells’ number format shows a date', async () => {
    const header = ['Employee ID', 'Department', 'Hire Date', 'Salary'];
    const row = (r: number) => (r === 0 ? header : [`E${r}`, 'Sales', 45291 + r, 45291 + r]);
    const format = (r: number, c: number) => (c === 2 ? (r === 3 ? 'General' : 'yyyy"年"m"月"d"日"') : c === 3 ? '#,##0' : 'General');
    const { excel } = mockExcel({ name: 'HR', rowCount: 1 + 5, columnCount: 4, row, format });
    vi.stubGlobal('Excel', excel);
    const raw = await readSource({ sheet: 'HR', address: 'A1:D6' });
    const dataset = toDataset(raw, { employeeId: 'Employee ID', department: 'Department', hireDate: 'Hire Date', salary: 'Salary' }, { asOf: 20_000, role: 'roster' });
    const hire = dataset.fields.hireDate!;
    expect(hire.type === 'date' && Array.from(hire.days, isoFromDay)).toEqual(['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05']);
    const salary = dataset.fields.salary!;
    expect(salary.type === 'number' && Array.from(salary.values)).toEqual([45292, 45293, 45294, 45295, 45296]);
  });

  it('splits a large range into chunks under the payload limit, one sync each, and reports progress', async () => {
    const { excel, stats } = mockExcel({ name: 'HR', rowCount: 1 + 120_000, columnCount: 4, row: rosterRow });
    vi.stubGlobal('Excel', excel);
    const progress: number[] = [];
    const raw = await readSource({ sheet: 'HR', address: 'A1:D120001' }, { onProgress: (p) => progress.push(p.rowsRead) });
    expect(raw.rowCount).toBe(120_000);
    for (let r = 0; r < 120_000; r += 4999) expect(cellText(raw.columns[0], r)).toBe(`E${r + 1}`);
    const chunkReads = stats.reads.slice(1);
    expect(chunkReads.length).toBeGreaterThan(2);
    expect(chunkReads.length).toBe(progress.length);
    expect(stats.syncs).toBe(2 + chunkReads.length);
    for (const read of chunkReads) {
      expect(read.bytes).toBeLessThan(maxPayloadBytes);
      expect(read.cells).toBeLessThanOrEqual(maxCellsPerRead);
    }
    expect(progress.at(-1)).toBe(120_000);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('halves a chunk the host refuses as too large and still reads every row once', async () => {
    const { excel, stats } = mockExcel({ name: 'HR', rowCount: 1 + 20_000, columnCount: 4, row: rosterRow }, { payloadLimit: 120_000 });
    vi.stubGlobal('Excel', excel);
    const raw = await readSource({ sheet: 'HR', address: 'A1:D20001' });
    expect(raw.rowCount).toBe(20_000);
    expect(cellText(raw.columns[0], 19_999)).toBe('E20000');
    expect(new Set(Array.from(raw.columns[0].codes)).size).toBe(20_000);
    for (const read of stats.reads) expect(read.bytes).toBeLessThanOrEqual(120_000);
  });

  it('stops between chunks when cancelled', async () => {
    const { excel } = mockExcel({ name: 'HR', rowCount: 1 + 200_000, columnCount: 4, row: rosterRow });
    vi.stubGlobal('Excel', excel);
    const controller = new AbortController();
    const read = readSource({ sheet: 'HR', address: 'A1:D200001' }, { signal: controller.signal, onProgress: () => controller.abort(new Error('cancelled by the user')) });
    await expect(read).rejects.toThrow('cancelled by the user');
  });

  it('reads an empty table (header only) as no rows', async () => {
    const { excel } = mockExcel({ name: 'HR', rowCount: 1, columnCount: 4, row: rosterRow });
    vi.stubGlobal('Excel', excel);
    const raw = await readSource({ sheet: 'HR', address: 'A1:D1' });
    expect(raw.rowCount).toBe(0);
    expect(raw.columns[1].codes.length).toBe(0);
    expect(EMPTY).toBe(-1);
  });
});

describe('chunk sizing', () => {
  it('keeps a full 1,048,576 × 20 sheet under 5 MB and 5,000,000 cells per read', () => {
    const row = Array.from({ length: 20 }, (_, c) => (c % 2 ? 'Customer Success' : 45_291.5));
    const size = rowsPerChunk(estimateRowBytes([row]), 20);
    expect(size * 20).toBeLessThanOrEqual(maxCellsPerRead);
    expect(size * estimateRowBytes([row])).toBeLessThan(maxPayloadBytes);
    expect(Math.ceil(1_048_575 / size)).toBeLessThan(200);
  });
});
