import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeExcel } from '../test-support/fake-excel.ts';
import { loadSourceMapping, saveSourceMapping } from './source-mapping-settings.ts';
import { sourceKey } from './workbook-source.ts';

afterEach(() => vi.unstubAllGlobals());

const roster = { kind: 'table' as const, name: 'Roster', sheet: 'HR', address: 'A1:F3' };
const requisitions = { kind: 'selection' as const, name: "'Q1 data'!B3:G40", sheet: 'Q1 data', address: 'B3:G40' };

describe('source mapping in the workbook settings', () => {
  it('remembers each table’s role and field map separately, and reads them back', async () => {
    const { excel, workbook } = fakeExcel({ sheets: [{ name: 'HR' }] });
    vi.stubGlobal('Excel', excel);
    expect(await loadSourceMapping(roster)).toBeNull();
    await saveSourceMapping(roster, { role: 'roster', fieldMap: { hireDate: 'Joined', department: 'Team' } });
    await saveSourceMapping(requisitions, { role: 'requisitions', fieldMap: { plannedHires: 'Headcount' } });
    expect(await loadSourceMapping(roster)).toEqual({ role: 'roster', fieldMap: { hireDate: 'Joined', department: 'Team' } });
    expect(await loadSourceMapping(requisitions)).toEqual({ role: 'requisitions', fieldMap: { plannedHires: 'Headcount' } });
    expect([...workbook.settings.keys()]).toEqual([sourceKey(roster), sourceKey(requisitions)]);
  });

  it('ignores a stored value that is not a mapping (hand-edited or from another add-in)', async () => {
    const { excel } = fakeExcel({ sheets: [{ name: 'HR' }], settings: { [sourceKey(roster)]: '{"role":"payroll","fieldMap":{}}', [sourceKey(requisitions)]: 'not json' } });
    vi.stubGlobal('Excel', excel);
    expect(await loadSourceMapping(roster)).toBeNull();
    expect(await loadSourceMapping(requisitions)).toBeNull();
  });
});
