import { describe, expect, it } from 'vitest';
import { migrateSnapshot } from './migrate-snapshot.ts';
import { snapshotMigrations } from './migrations/index.ts';
import type { SnapshotMigration } from './migrations/snapshot-migration.ts';
import { snapshotSchemaVersion } from './snapshot-schema.ts';

describe('migrateSnapshot', () => {
  it('has one registered step per version below the current one, in order', () => {
    expect(snapshotMigrations.map((migration) => migration.from)).toEqual(Array.from({ length: snapshotSchemaVersion - 1 }, (_, i) => i + 1));
  });

  it('leaves a current snapshot as it is', () => {
    const snapshot = { schemaVersion: snapshotSchemaVersion, lang: 'en' };
    expect(migrateSnapshot(snapshot)).toEqual(snapshot);
  });

  it('runs each step in turn up to the target version', () => {
    const steps: SnapshotMigration[] = [
      { from: 2, migrate: (snapshot) => ({ ...snapshot, language: undefined, lang: snapshot.language, trail: [...(snapshot.trail as string[]), '2→3'] }) },
      { from: 1, migrate: (snapshot) => ({ ...snapshot, trail: ['1→2'] }) },
    ];
    expect(migrateSnapshot({ schemaVersion: 1, language: 'zh-CN' }, steps, 3)).toEqual({ schemaVersion: 3, language: undefined, lang: 'zh-CN', trail: ['1→2', '2→3'] });
  });

  it('refuses to skip a missing step', () => {
    expect(() => migrateSnapshot({ schemaVersion: 1 }, [{ from: 2, migrate: (snapshot) => snapshot }], 3)).toThrow('no migration from schema version 1');
  });
});
