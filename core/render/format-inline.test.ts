import { describe, expect, it } from 'vitest';
import { formatInline } from './format-inline.ts';
import { sampleDocument } from './fixtures/sample-document.ts';

describe('formatInline', () => {
  it('keeps words and formats references', () => {
    const doc = sampleDocument('zh-CN');
    expect(formatInline(doc, '研发部')).toBe('研发部');
    expect(formatInline(doc, { ref: 'leaverCost' })).toBe('¥79,350');
  });
});
