import { describe, expect, it } from 'vitest';
import { textWidth } from './text-width.ts';

describe('textWidth', () => {
  it('counts Latin letters once and Chinese characters and full-width punctuation twice', () => {
    expect(textWidth('R&D 研发')).toBe(8);
    expect(textWidth('离职率，')).toBe(8);
    expect(textWidth('18.3%')).toBe(5);
  });

  it('is 0 for empty text', () => {
    expect(textWidth('')).toBe(0);
  });
});
