import { z } from 'zod';
import { migrateSnapshot } from './migrate-snapshot.ts';
import { SnapshotError } from './snapshot-error.ts';
import { snapshotSchema, snapshotSchemaVersion, type Snapshot } from './snapshot-schema.ts';

/** At most this many problems are listed: one damaged array can hold thousands, and the first few say what is wrong. */
const LISTED_ISSUES = 5;

function describeIssues(error: z.ZodError): string {
  const listed = error.issues.slice(0, LISTED_ISSUES).map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(top level)'}: ${issue.message}`);
  const more = error.issues.length - listed.length;
  return [...listed, ...(more > 0 ? [`… and ${more} more`] : [])].join('; ');
}

/**
 * A snapshot read from its JSON text: parsed, migrated from an older schema version, then validated whole with zod, so a
 * bad, truncated or tampered file is rejected with a SnapshotError saying why (and where) before anything uses it.
 * @example parseSnapshot(readFileSync('out/snapshot.json', 'utf8')).inputs[0].fingerprint
 */
export function parseSnapshot(json: string): Snapshot {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new SnapshotError('invalid-json', { detail: (error as Error).message });
  }
  const version = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new SnapshotError('not-a-snapshot');
  const versioned = raw as Record<string, unknown> & { schemaVersion: number };
  if (versioned.schemaVersion > snapshotSchemaVersion) {
    throw new SnapshotError('newer-version', { version: versioned.schemaVersion, supported: snapshotSchemaVersion });
  }
  const result = snapshotSchema.safeParse(migrateSnapshot(versioned));
  if (!result.success) throw new SnapshotError('invalid', { issues: describeIssues(result.error) });
  return result.data;
}
