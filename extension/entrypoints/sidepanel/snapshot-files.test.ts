import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../../core/render/fixtures/sample-document.ts';
import { snapshotPair } from '../../../core/snapshot/fixtures/snapshot-pair.ts';
import { comparable, snapshotExport, snapshotFileName } from './snapshot-files.ts';

describe('snapshot files', () => {
  it('name an export after the document shown and the snapshot’s day, the snapshot file after the snapshot', () => {
    expect(snapshotFileName('2025-03-01T09:00:00.000Z', 'retrospective', 'pptx')).toBe('peoplecase-retrospective-2025-03-01.pptx');
    expect(snapshotFileName('2025-03-01T09:00:00.000Z', 'retrospective', 'json')).toBe('peoplecase-snapshot-2025-03-01.json');
    expect(snapshotFileName('2025-03-01T09:00:00.000Z', undefined, 'json')).toBe('peoplecase-snapshot-2025-03-01.json');
  });

  it('export the document shown in core’s writers, and the snapshot file itself as JSON', async () => {
    const doc = { ...sampleDocument('en'), kind: 'retrospective' as const, title: 'Retrospective of the plan' };
    expect(await snapshotExport(doc, '{"schemaVersion":2}', 'json')).toEqual({ content: '{"schemaVersion":2}', mimeType: 'application/json', extension: 'json' });
    const markdown = await snapshotExport(doc, '{}', 'md');
    expect(markdown.extension).toBe('md');
    expect(String(markdown.content)).toMatch(/^# Retrospective of the plan/);
  });

  it('compare only snapshots of one table: same system and site, scope and role', () => {
    const { march, september } = snapshotPair();
    const odoo = 'Odoo · acme.odoo.com';
    expect(comparable({ title: odoo, snapshot: march }, { title: odoo, snapshot: september })).toBe(true);
    expect(comparable({ title: odoo, snapshot: march }, { title: 'Workday · acme.workday.com', snapshot: september })).toBe(false);
    expect(comparable({ title: odoo, snapshot: march }, { title: odoo, snapshot: { ...september, scope: null } })).toBe(false);
    const requisitions = { ...september, inputs: september.inputs.map((input) => ({ ...input, role: 'requisitions' as const })) };
    expect(comparable({ title: odoo, snapshot: march }, { title: odoo, snapshot: requisitions })).toBe(march.inputs[0]?.role === 'requisitions');
  });
});
