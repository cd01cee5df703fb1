import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../../core/render/fixtures/sample-document.ts';
import { snapshotExport, snapshotFileName } from './snapshot-files.ts';

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
});
