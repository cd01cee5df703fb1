import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeExcel } from '../test-support/fake-excel.ts';
import { listSources } from './list-sources.ts';

afterEach(() => vi.unstubAllGlobals());

const roster = [['Employee ID', 'Name', 'Department', 'Hire Date', 'Termination Date', 'Salary'], ['E1', 'Ann', 'Sales', 45000, '', 52000], ['E2', 'Bo', 'R&D', 45100, 45500, 61000]];
const requisitions = [['Requisition ID', 'Department', 'Planned Hires', 'Opened Date', 'Filled Date', 'Status'], ['REQ-1', 'Sales', 1, 45600, '', 'Open']];

describe('listSources', () => {
  it('lists every table with its sheet, size, headers and core’s proposed role, then the selection, in two syncs', async () => {
    const { excel, workbook } = fakeExcel({
      sheets: [{ name: 'HR', rows: roster }, { name: 'Q1 data', rows: [[], [], ['', ...requisitions[0]], ['', ...requisitions[1]]] }],
      tables: [{ name: 'Roster', sheet: 'HR', address: 'A1:F3' }],
      selection: { sheet: 'Q1 data', address: 'B3:G4' },
    });
    vi.stubGlobal('Excel', excel);
    const sources = await listSources();
    expect(sources.map(({ kind, name, sheet, address, rowCount, columnCount }) => ({ kind, name, sheet, address, rowCount, columnCount }))).toEqual([
      { kind: 'table', name: 'Roster', sheet: 'HR', address: 'A1:F3', rowCount: 2, columnCount: 6 },
      { kind: 'selection', name: "'Q1 data'!B3:G4", sheet: 'Q1 data', address: 'B3:G4', rowCount: 1, columnCount: 6 },
    ]);
    expect(sources[0].headers).toEqual(roster[0]);
    expect(sources.map((source) => source.role.role)).toEqual(['roster', 'requisitions']);
    expect(workbook.syncs).toBe(2);
  });

  it('does not offer a one-cell selection, and lists a workbook without tables as empty', async () => {
    const { excel } = fakeExcel({ sheets: [{ name: 'HR', rows: roster }], selection: { sheet: 'HR', address: 'C2' } });
    vi.stubGlobal('Excel', excel);
    expect(await listSources()).toEqual([]);
  });
});
