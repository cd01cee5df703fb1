import { snapshotMigrations } from './migrations/index.ts';
import type { SnapshotMigration } from './migrations/snapshot-migration.ts';
import { snapshotSchemaVersion } from './snapshot-schema.ts';

/**
 * A parsed snapshot of any supported version brought up to `target` (the current schema version) by running the registered
 * migrations one version at a time, so a file saved by any earlier PeopleCase still opens. Throws when a step is missing.
 * The result is validated by the caller (parseSnapshot), never trusted as is.
 * @example migrateSnapshot({ schemaVersion: 2, lang: 'en' }) // { schemaVersion: 2, lang: 'en' } (version 2 is current)
 */
export function migrateSnapshot(
  snapshot: Record<string, unknown> & { schemaVersion: number },
  migrations: readonly SnapshotMigration[] = snapshotMigrations,
  target: number = snapshotSchemaVersion,
): Record<string, unknown> {
  let current: Record<string, unknown> = snapshot;
  for (let version = snapshot.schemaVersion; version < target; version++) {
    const step = migrations.find((migration) => migration.from === version);
    if (!step) throw new Error(`migrateSnapshot: no migration from schema version ${version}`);
    current = { ...step.migrate(current), schemaVersion: version + 1 };
  }
  return current;
}
