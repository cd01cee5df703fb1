import { describe, expect, it } from 'vitest';
import { documentByline } from './document-byline.ts';

describe('documentByline', () => {
  it('names the scope and the preparation date in the document language', () => {
    expect(documentByline({ lang: 'en', scope: 'R&D', createdAt: '2025-03-01T09:30:00.000Z' })).toBe('R&D · Prepared Mar 1, 2025');
    expect(documentByline({ lang: 'zh-CN', scope: null, createdAt: '2025-03-01T09:30:00.000Z' })).toBe('全公司 · 编制日期：2025年3月1日');
  });
});
