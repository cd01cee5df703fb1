import { describe, expect, it } from 'vitest';
import { buildTestDataset } from '../metrics/build-test-dataset.ts';
import { createSnapshot } from './create-snapshot.ts';
import { fingerprintDataset } from './fingerprint-dataset.ts';
import { sampleSnapshotContent } from './fixtures/sample-snapshot-content.ts';
import { parseSnapshot } from './parse-snapshot.ts';

describe('createSnapshot', () => {
  it('records inputs by fingerprint, never by rows', () => {
    const content = sampleSnapshotContent();
    const snapshot = createSnapshot(content);
    expect(snapshot).toMatchObject({ schemaVersion: 2, createdAt: '2025-03-01T09:30:00.000Z', lang: 'en', scope: 'R&D', identifiers: 'excluded' });
    expect(snapshot.inputs).toEqual([{ role: 'roster', source: 'roster.xlsx (Staff)', rows: 4, fingerprint: fingerprintDataset(content.datasets[0]) }]);
    expect(snapshot.fieldMap.roster).toMatchObject({ department: 'department', salary: 'salary' });
    expect(snapshot.documents.map((doc) => doc.lang)).toEqual(['en', 'zh-CN']);
  });

  it('survives a round trip through JSON unchanged', () => {
    const snapshot = createSnapshot(sampleSnapshotContent());
    expect(parseSnapshot(JSON.stringify(snapshot))).toEqual(snapshot);
  });

  it('leaves names and ids out by default, consistently everywhere they occur', () => {
    const snapshot = createSnapshot(sampleSnapshotContent());
    const json = JSON.stringify(snapshot);
    for (const identifier of ['Jane Doe', 'Omar Haddad', 'Li Wei', '王芳', 'E1001']) expect(json).not.toContain(identifier);
    expect(snapshot.evidence[2].segment).toEqual({ field: 'managerName', value: '[A]' });
    expect(snapshot.evidence[2].id).toBe('turnover_rate|managerName=[A]|2024-01-01..2024-12-31');
    expect(snapshot.documents[0].sections[1].blocks.at(-1)).toMatchObject({ kind: 'table', rows: [[['[A]'], [{ ref: 'rdTurnover' }]]] });
    expect(snapshot.evidence[1].segment).toEqual({ field: 'department', value: 'R&D' });
  });

  it('keeps identifiers only when asked', () => {
    const snapshot = createSnapshot({ ...sampleSnapshotContent(), includeIdentifiers: true });
    expect(snapshot.identifiers).toBe('included');
    expect(snapshot.evidence[2].segment).toEqual({ field: 'managerName', value: 'Jane Doe' });
  });

  it('names a page by its host only, since its path may hold an employee id', () => {
    const dataset = buildTestDataset({ department: ['R&D'] });
    dataset.provenance = { kind: 'page', url: 'https://acme.bamboohr.com/employees/employee.php?id=1042' };
    const snapshot = createSnapshot({ ...sampleSnapshotContent(), datasets: [dataset] });
    expect(snapshot.inputs[0].source).toBe('acme.bamboohr.com');
  });

  it('refuses content that does not fit the schema, saying where', () => {
    const content = sampleSnapshotContent();
    expect(() => createSnapshot({ ...content, evidence: [{ ...content.evidence[0], n: Number.NaN }] })).toThrow(/createSnapshot: .*evidence/s);
  });
});
