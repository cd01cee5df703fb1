import 'fake-indexeddb/auto';
import { deleteDB, openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { openPanelDb, panelDbName, panelDbVersion } from './panel-db.ts';

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

  it('keeps data across reopening at the same version', async () => {
    const db = await openPanelDb();
    await db.put('fieldMaps', { key: 'k', fieldMap: { department: 'Sub Unit' }, savedAt: '2025-03-01' });
    db.close();
    const again = await openPanelDb();
    expect((await again.get('fieldMaps', 'k'))?.fieldMap).toEqual({ department: 'Sub Unit' });
    again.close();
  });
});
