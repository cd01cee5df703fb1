import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { FieldMap } from '../../core/table/dataset.ts';

/** A saved snapshot with what the history list searches and sorts by, beside the snapshot file itself (validated when opened). */
export interface StoredSnapshot {
  id: string;
  createdAt: string;
  /** Adapter and page title the snapshot was taken on, e.g. "OrangeHRM · Employee Information". */
  title: string;
  /** Host of the page; never its path, which may hold an employee id. */
  site: string;
  rows: number;
  /** Lower-cased text the history search matches: title, site, scope and the headline figures' names. */
  searchText: string;
  json: string;
}

/** A baseline file as the user chose it, re-read when used so a newer reader reads it better. */
export interface StoredBaseline {
  id: string;
  name: string;
  addedAt: string;
  rows: number;
  bytes: ArrayBuffer;
}

/** The user's column choices for one table on one site (site + adapter + headers). */
export interface StoredFieldMap {
  key: string;
  fieldMap: FieldMap;
  savedAt: string;
}

interface PanelSchema extends DBSchema {
  snapshots: { key: string; value: StoredSnapshot; indexes: { createdAt: string } };
  baselines: { key: string; value: StoredBaseline };
  fieldMaps: { key: string; value: StoredFieldMap };
}

export type PanelDb = IDBPDatabase<PanelSchema>;
type UpgradeTransaction = IDBPTransaction<PanelSchema, StoreNames<PanelSchema>[], 'versionchange'>;

export const panelDbName = 'peoplecase';

/** Derive v2's history fields from a v1 record's snapshot JSON; a record that does not parse keeps neutral values and is shown as damaged when opened. */
function historyFields(json: string): Pick<StoredSnapshot, 'createdAt' | 'title' | 'site' | 'rows' | 'searchText'> {
  try {
    const snapshot = JSON.parse(json) as { createdAt?: unknown; scope?: unknown; inputs?: { source?: unknown; rows?: unknown }[] };
    const site = typeof snapshot.inputs?.[0]?.source === 'string' ? snapshot.inputs[0].source : '';
    const rows = (snapshot.inputs ?? []).reduce((sum, input) => sum + (typeof input.rows === 'number' ? input.rows : 0), 0);
    const createdAt = typeof snapshot.createdAt === 'string' ? snapshot.createdAt : '';
    const scope = typeof snapshot.scope === 'string' ? snapshot.scope : '';
    return { createdAt, title: site, site, rows, searchText: `${site} ${scope}`.toLowerCase() };
  } catch {
    return { createdAt: '', title: '', site: '', rows: 0, searchText: '' };
  }
}

/**
 * Schema migrations by version: entry i upgrades a database at version i to i + 1. Add an entry, never edit a shipped one.
 * v1: snapshots keyed by id, each `{ id, json }`.
 * v2: the history searches and sorts without parsing every snapshot: createdAt/title/site/rows/searchText on each record and an
 *     index on createdAt; baselines and remembered field maps get stores of their own.
 */
export const panelMigrations: readonly ((db: IDBPDatabase<PanelSchema>, transaction: UpgradeTransaction) => Promise<void>)[] = [
  async (db) => {
    db.createObjectStore('snapshots', { keyPath: 'id' });
  },
  async (db, transaction) => {
    const snapshots = transaction.objectStore('snapshots');
    snapshots.createIndex('createdAt', 'createdAt');
    db.createObjectStore('baselines', { keyPath: 'id' });
    db.createObjectStore('fieldMaps', { keyPath: 'key' });
    for (let cursor = await snapshots.openCursor(); cursor; cursor = await cursor.continue()) {
      await cursor.update({ ...historyFields(cursor.value.json), ...cursor.value });
    }
  },
];

export const panelDbVersion = panelMigrations.length;

/**
 * Open the extension's IndexedDB, running every migration from the stored version up, in one upgrade transaction, so a
 * failure leaves the previous version untouched. A newer database than this code knows is refused by the browser, never changed.
 */
export function openPanelDb(): Promise<PanelDb> {
  return openDB<PanelSchema>(panelDbName, panelDbVersion, {
    async upgrade(db, oldVersion, _newVersion, transaction) {
      for (let version = oldVersion; version < panelDbVersion; version++) await panelMigrations[version](db, transaction);
    },
  });
}
