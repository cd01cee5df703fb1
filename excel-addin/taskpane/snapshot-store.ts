import { addSnapshotPart, deleteSnapshotPart, listSnapshotParts } from '../workbook/snapshot-parts.ts';

/** Where snapshots live: inside the workbook in Excel, in the browser's storage standalone. */
export interface SnapshotStore {
  where: 'workbook' | 'browser';
  list(): Promise<{ id: string; json: string }[]>;
  add(json: string): Promise<void>;
  remove(id: string): Promise<void>;
}

/** Snapshots as custom XML parts of the open workbook: they travel with the file. */
export const workbookSnapshots: SnapshotStore = {
  where: 'workbook',
  list: listSnapshotParts,
  add: async (json) => {
    await addSnapshotPart(json);
  },
  remove: deleteSnapshotPart,
};

const storageKey = 'peoplecase.snapshots';

/** Stored list, tolerating a missing or foreign value (each entry is validated with parseSnapshot when opened). */
function readAll(storage: Storage): { id: string; json: string }[] {
  try {
    const value = JSON.parse(storage.getItem(storageKey) ?? '[]') as unknown;
    return Array.isArray(value) ? value.filter((entry): entry is { id: string; json: string } => typeof entry?.id === 'string' && typeof entry?.json === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Snapshots in the browser's local storage, for the pane opened outside Excel; a full storage throws, which the pane reports.
 * @example await browserSnapshots(localStorage).add(json)
 */
export function browserSnapshots(storage: Storage): SnapshotStore {
  return {
    where: 'browser',
    list: async () => readAll(storage),
    add: async (json) => storage.setItem(storageKey, JSON.stringify([...readAll(storage), { id: crypto.randomUUID(), json }])),
    remove: async (id) => storage.setItem(storageKey, JSON.stringify(readAll(storage).filter((entry) => entry.id !== id))),
  };
}
