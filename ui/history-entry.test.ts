import { describe, expect, it } from 'vitest';
import { createSnapshot } from '../core/snapshot/create-snapshot.ts';
import { sampleSnapshotContent } from '../core/snapshot/fixtures/sample-snapshot-content.ts';
import { historyEntryOf, snapshotPeriod, snapshotSearchText } from './history-entry.ts';

const snapshot = createSnapshot(sampleSnapshotContent());

describe('history entries', () => {
  it('search the title and the whole-population figures, lower-cased, each figure once', () => {
    expect(snapshotSearchText('en', snapshot, 'Odoo · ACME.odoo.com')).toBe('odoo · acme.odoo.com turnover');
    expect(snapshotSearchText('en', { evidence: [] }, 'R&D')).toBe('r&d');
  });

  it('give the latest period of the evidence, or null for point-in-time figures', () => {
    expect(snapshotPeriod(snapshot)).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(snapshotPeriod({ evidence: [] })).toBeNull();
  });

  it('list a parsed snapshot with its rows summed over its inputs', () => {
    const entry = historyEntryOf('en', 'a1', snapshot, 'Whole company');
    expect(entry).toMatchObject({ id: 'a1', title: 'Whole company', createdAt: snapshot.createdAt, period: { from: '2024-01-01', to: '2024-12-31' } });
    expect(entry.rows).toBe(snapshot.inputs.reduce((sum, input) => sum + input.rows, 0));
  });
});
