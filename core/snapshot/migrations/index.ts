import type { SnapshotMigration } from './snapshot-migration.ts';

/**
 * THE registry of snapshot migrations, in order: entry i upgrades version i + 1. Version 1 is the first, so there is nothing
 * to migrate yet; schema version 2 adds one file here (`v1-to-v2.ts`) and one line in this array, and a test checks the
 * chain reaches `snapshotSchemaVersion`.
 */
export const snapshotMigrations: readonly SnapshotMigration[] = [];
