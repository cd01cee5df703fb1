import 'fake-indexeddb/auto';
import { deleteDB, openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { openPanelDb, panelDbName, panelDbVersion, panelMigrations, rememberedTable } from './panel-db.ts';

const snapshotJson = JSON.stringify({ schemaVersion: 1, createdAt: '2025-03-01T09:00:00.000Z', scope: 'Sales', inputs: [{ role: 'roster', source: 'acme.odoo.com', rows: 57, fingerprint: 'x' }] });

afterEach(() => deleteDB(panelDbName));

describe('panel database', () => {
  it('creates the current schema on a new profile', async () => {
    const db = await openPanelDb();
    expect(db.version).toBe(panelDbVersion);
    expect([...db.objectStoreNames].sort()).toEqual(['baselines', 'fieldMaps', 'snapshots']);
    db.close();
  });

  it('migrates version 1 snapshots: history fields derived from each JSON, records kept, damaged JSON kept with neutral fields', async () => {
    const v1 = await openDB(panelDbName, 1, { upgrade: (db) => void db.createObjectStore('snapshots', { keyPath: 'id' }) });
    await v1.put('snapshots', { id: 'a', json: snapshotJson });
    await v1.put('snapshots', { id: 'b', json: '{"broken' });
    v1.close();

    const db = await openPanelDb();
    expect(await db.get('snapshots', 'a')).toEqual({ id: 'a', json: snapshotJson, createdAt: '2025-03-01T09:00:00.000Z', title: 'acme.odoo.com', site: 'acme.odoo.com', rows: 57, searchText: 'acme.odoo.com sales' });
    expect(await db.get('snapshots', 'b')).toEqual({ id: 'b', json: '{"broken', createdAt: '', title: '', site: '', rows: 0, searchText: '' });
    expect(await db.getAllKeysFromIndex('snapshots', 'createdAt')).toEqual(['b', 'a']);
    db.close();
  });

  it('migrates version 2 field maps to remembered tables: each mapping kept, with the detected role (null)', async () => {
    // A profile as version 2 left it: the shipped migrations up to 2, run as openPanelDb ran them then.
    const v2 = await openDB(panelDbName, 2, {
      async upgrade(db, _oldVersion, _newVersion, transaction) {
        for (const migrate of panelMigrations.slice(0, 2)) await migrate(db as never, transaction as never);
      },
    });
    await v2.put('fieldMaps', { key: 'acme.odoo.com|odoo|Name', fieldMap: { department: 'Sub Unit' }, savedAt: '2025-03-01' });
    await v2.put('snapshots', { id: 'a', json: snapshotJson, createdAt: '2025-03-01T09:00:00.000Z', title: 't', site: 's', rows: 1, searchText: 't' });
    v2.close();

    const db = await openPanelDb();
    expect(await db.get('fieldMaps', 'acme.odoo.com|odoo|Name')).toEqual({ key: 'acme.odoo.com|odoo|Name', fieldMap: { department: 'Sub Unit' }, role: null, savedAt: '2025-03-01' });
    expect(await rememberedTable(db, 'acme.odoo.com|odoo|Name')).toEqual({ role: null, fieldMap: { department: 'Sub Unit' } });
    expect((await db.get('snapshots', 'a'))?.json).toBe(snapshotJson);
    db.close();
  });

  it('gives back the role chosen for a table, nothing for a table never chosen for, and inference for a role it does not know', async () => {
    const db = await openPanelDb();
    await db.put('fieldMaps', { key: 'chosen', role: 'requisitions', fieldMap: null, savedAt: '2025-03-01' });
    await db.put('fieldMaps', { key: 'foreign', role: 'payroll' as never, fieldMap: { department: 'Dept' }, savedAt: '2025-03-01' });
    expect(await rememberedTable(db, 'chosen')).toEqual({ role: 'requisitions', fieldMap: null });
    expect(await rememberedTable(db, 'never')).toEqual({ role: null, fieldMap: null });
    expect(await rememberedTable(db, 'foreign')).toEqual({ role: null, fieldMap: { department: 'Dept' } });
    db.close();
  });

  it('keeps data across reopening at the same version', async () => {
    const db = await openPanelDb();
    await db.put('fieldMaps', { key: 'k', role: null, fieldMap: { department: 'Sub Unit' }, savedAt: '2025-03-01' });
    db.close();
    const again = await openPanelDb();
    expect((await again.get('fieldMaps', 'k'))?.fieldMap).toEqual({ department: 'Sub Unit' });
    again.close();
  });
});
