import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { z } from 'zod';
import type { FieldMap } from '../../core/table/dataset.ts';
import type { TableRole } from '../../core/table/fields.ts';
import { roleVocabularies } from '../../core/table/role-fields.ts';

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

/** The user's choices for one table on one site (key: fieldMapKey, site + adapter + headers): what it holds and which column is which. */
export interface StoredTableChoice {
  key: string;
  /** The role the user switched the table to; null keeps core's detection. */
  role: TableRole | null;
  /** The user's columns for that role; null when only the role was chosen (a new role starts from inference). */
  fieldMap: FieldMap | null;
  savedAt: string;
}

interface PanelSchema extends DBSchema {
  snapshots: { key: string; value: StoredSnapshot; indexes: { createdAt: string } };
  baselines: { key: string; value: StoredBaseline };
  fieldMaps: { key: string; value: StoredTableChoice };
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

const rememberedTableSchema = z.object({
  role: z.enum(Object.keys(roleVocabularies) as [TableRole, ...TableRole[]]).nullable().catch(null),
  fieldMap: z.record(z.string(), z.string()).nullable().catch(null),
});

/**
 * What the user chose for a table, read back through zod: a role this code no longer knows or a malformed mapping falls back
 * to core's inference instead of reaching the worker; a table never chosen for gives nulls.
 * @example await rememberedTable(db, fieldMapKey(url, 'odoo', headers)) // { role: 'requisitions', fieldMap: null }
 */
export async function rememberedTable(db: PanelDb, key: string): Promise<{ role: TableRole | null; fieldMap: FieldMap | null }> {
  const stored = await db.get('fieldMaps', key);
  return stored ? (rememberedTableSchema.parse(stored) as { role: TableRole | null; fieldMap: FieldMap | null }) : { role: null, fieldMap: null };
}

/**
 * Schema migrations by version: entry i upgrades a database at version i to i + 1. Add an entry, never edit a shipped one.
 * v1: snapshots keyed by id, each `{ id, json }`.
 * v2: the history searches and sorts without parsing every snapshot: createdAt/title/site/rows/searchText on each record and an
 *     index on createdAt; baselines and remembered field maps get stores of their own.
 * v3: a remembered table also keeps the role the user chose for it: each field map gets `role: null` (it was made under the
 *     detected role), and `fieldMap` may be null when only the role was chosen.
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
  async (_db, transaction) => {
    const tables = transaction.objectStore('fieldMaps');
    for (let cursor = await tables.openCursor(); cursor; cursor = await cursor.continue()) await cursor.update({ ...cursor.value, role: null });
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
