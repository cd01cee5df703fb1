import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSnapshot } from './parse-snapshot.ts';
import { SnapshotError } from './snapshot-error.ts';

/** Version 1 as written by the first release: it must open in every later PeopleCase, so this file is never regenerated. */
const version1 = readFileSync(new URL('./fixtures/snapshot-v1.json', import.meta.url), 'utf8');

function rejection(json: string): SnapshotError {
  try {
    parseSnapshot(json);
  } catch (error) {
    if (error instanceof SnapshotError) return error;
    throw error;
  }
  throw new Error('parseSnapshot accepted the file');
}

describe('parseSnapshot', () => {
  it('opens the version 1 fixture', () => {
    const snapshot = parseSnapshot(version1);
    expect(snapshot.inputs[0]).toEqual({ role: 'roster', source: 'roster.xlsx (Staff)', rows: 4, fingerprint: 'c4813a424e1537deb46880c2086f96275aa16c7ea0fded3c67ce7da68682fa6f' });
    expect(snapshot.documents.map((doc) => doc.title)).toEqual(['Keep core engineers: R&D retention proposal', '留住核心工程师：研发部保留方案']);
    expect(snapshot.identifiers).toBe('excluded');
    expect(snapshot.schemaVersion).toBe(2);
  });

  it('rejects text that is not JSON', () => {
    const error = rejection('{"schemaVersion": 1,');
    expect(error.code).toBe('invalid-json');
    expect(error.message).toMatch(/^This file is not a PeopleCase snapshot: it is not valid JSON/);
  });

  it.each(['[]', 'null', '{"lang": "en"}', '{"schemaVersion": "1"}', '{"schemaVersion": 0}'])('rejects %s as not a snapshot', (json) => {
    expect(rejection(json).code).toBe('not-a-snapshot');
  });

  it('rejects a snapshot from a newer PeopleCase, saying to update', () => {
    const error = rejection(JSON.stringify({ ...JSON.parse(version1), schemaVersion: 7 }));
    expect(error.code).toBe('newer-version');
    expect(error.message).toContain('schema version 7; this one reads up to 2');
  });

  it('rejects a damaged snapshot whole, naming what is wrong and where', () => {
    const damaged = JSON.parse(version1);
    damaged.evidence[1].n = 'many';
    delete damaged.inputs[0].fingerprint;
    const error = rejection(JSON.stringify(damaged));
    expect(error.code).toBe('invalid');
    expect(error.message).toMatch(/^This snapshot is damaged or incomplete, so it was not opened and nothing was changed\. /);
    expect(error.message).toContain('inputs.0.fingerprint');
    expect(error.message).toContain('evidence.1.n');
  });

  it('rejects a snapshot that claims to exclude identifiers but names a person', () => {
    const leaky = JSON.parse(version1);
    leaky.evidence[2].segment.value = 'Jane Doe';
    const error = rejection(JSON.stringify(leaky));
    expect(error.message).toContain('evidence.2.segment: identifies a person (managerName)');
  });

  it('lists only the first few problems of a badly damaged file', () => {
    const damaged = JSON.parse(version1);
    for (const item of damaged.evidence) item.n = 'x';
    for (const item of damaged.findings) item.score = 'x';
    damaged.lang = 'fr';
    damaged.createdAt = 'yesterday';
    const error = rejection(JSON.stringify(damaged));
    expect(error.message).toMatch(/… and \d+ more$/);
  });
});
