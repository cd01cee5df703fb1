import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from './escape-markdown.ts';

describe('escapeMarkdown', () => {
  it('keeps markup from user data as literal text', () => {
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('\\<script>alert(1)\\</script>');
    expect(escapeMarkdown('*bold* _it_ `code` [link](x) ~~del~~ a|b')).toBe('\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) \\~\\~del\\~\\~ a\\|b');
    expect(escapeMarkdown('&amp; &#60;')).toBe('\\&amp; \\&#60;');
  });

  it('stops a value from opening a block', () => {
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('> not a quote')).toBe('\\> not a quote');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
  });

  it('keeps a value on one line and plain words readable', () => {
    expect(escapeMarkdown('line one\r\n  line two')).toBe('line one line two');
    expect(escapeMarkdown('R&D 18.3% p < 0.001')).toBe('R&D 18.3% p < 0.001');
  });
});
