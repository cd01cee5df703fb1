/**
 * One step of the snapshot upgrade path: turns a parsed snapshot of version `from` into version `from + 1`. Steps see plain
 * JSON (older versions have no schema in the code any more) and must not lose data the newer version can hold.
 */
export interface SnapshotMigration {
  from: number;
  migrate(snapshot: Record<string, unknown>): Record<string, unknown>;
}
