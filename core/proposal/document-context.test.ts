import { describe, expect, it } from 'vitest';
import { createDocumentContext, finishDocument } from './document-context.ts';
import { documentSchema } from './document.ts';
import { sampleInput } from './proposal-fixture.ts';

describe('document context', () => {
  it('narrows findings to the scope, dates the document and finishes it self-contained', () => {
    const input = sampleInput('en', 'Sales');
    const context = createDocumentContext(input);
    expect(context.today).toBe('2025-03-14');
    expect(context.findings.every((finding) => finding.department === 'Sales')).toBe(true);
    context.quantities.date('2025-06-30');
    const doc = finishDocument(context, 'progress-brief', 'Brief', [], [], input.now);
    expect(documentSchema.parse(doc)).toMatchObject({ kind: 'progress-brief', scope: 'Sales', createdAt: '2025-03-14T09:00:00.000Z' });
    expect(Object.keys(doc.quantities)).toEqual(['date:2025-06-30']);
  });
});
