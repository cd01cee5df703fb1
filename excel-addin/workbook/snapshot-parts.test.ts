import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeExcel } from '../test-support/fake-excel.ts';
import { addSnapshotPart, deleteSnapshotPart, listSnapshotParts } from './snapshot-parts.ts';
import { snapshotNamespace } from './snapshot-xml.ts';

afterEach(() => vi.unstubAllGlobals());

describe('snapshots as custom XML parts', () => {
  it('stores a snapshot inside the workbook, lists it with its exact JSON and deletes it', async () => {
    const { excel, workbook } = fakeExcel({ sheets: [{ name: 'HR' }], parts: [{ id: '{other}', namespace: 'urn:someone-else', xml: '<x xmlns="urn:someone-else"/>' }] });
    vi.stubGlobal('Excel', excel);
    const json = JSON.stringify({ scope: 'R&D <core>', note: 'a & b', text: '</snapshot>' });
    const id = await addSnapshotPart(json);
    await addSnapshotPart('{"second":true}');
    expect(workbook.parts.filter((part) => part.namespace === snapshotNamespace)).toHaveLength(2);
    const syncsBefore = workbook.syncs;
    const listed = await listSnapshotParts();
    expect(workbook.syncs - syncsBefore).toBe(2);
    expect(listed).toEqual([{ id, json }, { id: expect.any(String), json: '{"second":true}' }]);
    await deleteSnapshotPart(id);
    expect((await listSnapshotParts()).map((part) => part.json)).toEqual(['{"second":true}']);
    expect(workbook.parts.map((part) => part.id)).toContain('{other}');
  });

  it('skips a part in the namespace that is not a snapshot element', async () => {
    const { excel } = fakeExcel({ sheets: [{ name: 'HR' }], parts: [{ id: '{odd}', namespace: snapshotNamespace, xml: `<other xmlns="${snapshotNamespace}"/>` }] });
    vi.stubGlobal('Excel', excel);
    expect(await listSnapshotParts()).toEqual([]);
  });
});
