import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape-html.ts';

describe('escapeHtml', () => {
  it('turns markup into text', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&`)).toBe('&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;');
  });

  it('never leaves a character that could end text or an attribute, and loses nothing', () => {
    const unescape = (html: string): string =>
      html.replace(/&(lt|gt|quot|#39|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[name]!);
    fc.assert(
      fc.property(fc.string(), (text) => {
        const html = escapeHtml(text);
        return !/[<>"']/.test(html) && unescape(html) === text;
      }),
    );
  });
});
