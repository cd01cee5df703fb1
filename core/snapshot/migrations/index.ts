import type { SnapshotMigration } from './snapshot-migration.ts';
import { migrateV1ToV2 } from './v1-to-v2.ts';

/**
 * THE registry of snapshot migrations, in order: entry i upgrades version i + 1. A new schema version adds one file here
 * (`vN-to-vN+1.ts`) and one line in this array, and a test checks the chain reaches `snapshotSchemaVersion`.
 */
export const snapshotMigrations: readonly SnapshotMigration[] = [migrateV1ToV2];
