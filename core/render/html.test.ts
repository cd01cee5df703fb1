import { describe, expect, it } from 'vitest';
import { sampleDocument } from './fixtures/sample-document.ts';
import { renderHtml } from './html.ts';

/** A 1×1 white PNG. */
const tinyPng =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==';

/** Every `src=`, `href=`, CSS `url(` and `@import` that would make the browser fetch something. */
function externalReferences(html: string): string[] {
  const references = [...html.matchAll(/\b(?:src|href|action|poster|srcset)\s*=\s*["']?([^"'\s>]*)/gi)].map((match) => match[1]);
  const cssUrls = [...html.matchAll(/url\(\s*["']?([^"')]*)/gi)].map((match) => match[1]);
  const imports = [...html.matchAll(/@import[^;]*/gi)].map((match) => match[0]);
  return [...references, ...cssUrls].filter((target) => !target.startsWith('data:') && !target.startsWith('#')).concat(imports);
}

describe('renderHtml', () => {
  it('writes an English page: lang, headings, quantities per locale, traceable numbers', () => {
    const html = renderHtml(sampleDocument('en'), { chartImages: { 'turnover-by-department': tinyPng } });
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain('<title>Keep core engineers: R&amp;D retention proposal</title>');
    expect(html).toContain('<h1>Keep core engineers: R&amp;D retention proposal</h1><p class="byline">R&amp;D · Prepared Mar 1, 2025</p>');
    for (const heading of ['Decision requested', 'Evidence', 'Plan']) expect(html).toContain(`<h2>${heading}</h2>`);
    expect(html).toContain('R&amp;D turnover was <span class="quantity" data-ref="rdTurnover">18.3%</span> against <span class="quantity" data-ref="restTurnover">9.4%</span>');
    for (const text of ['CN¥79,350', 'Dec 31, 2025', '1,234', 'p &lt; 0.001', 'p = 0.003', '3.5 years', '38 days', '0.87']) expect(html).toContain(`>${text}</span>`);
    expect(html).toContain('<ol><li>Agree the pilot with the R&amp;D head</li>');
    expect(html).toContain(`<figure id="chart-turnover-by-department"><img src="${tinyPng}" alt="Turnover by department" width="800" height="400"><figcaption>R&amp;D stands out: `);
  });

  it('writes a Chinese page with zh-CN formats and a CJK font stack', () => {
    const html = renderHtml(sampleDocument('zh-CN'), { chartImages: {} });
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<h2>数据依据</h2>');
    for (const text of ['¥79,350', '2025年12月31日', '38天', '3.5年', '18.3%']) expect(html).toContain(`>${text}</span>`);
    expect(html).toMatch(/html:lang\(zh-CN\) body \{ font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC"/);
    expect(html).toContain('<footer>本文由 PeopleCase 生成，数据仅在本机处理，未上传任何服务器。</footer>');
  });

  it('escapes user text everywhere and never contains a script', () => {
    const doc = sampleDocument('en');
    doc.title = '<img src=x onerror=alert(1)>';
    doc.sections[0].id = '"><script>';
    const html = renderHtml(doc, { chartImages: {} });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img src=x/);
    expect(html).toContain('<td>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; | *Ops*</td><td class="num">9.4%</td>');
    expect(html).toContain('<section id="&quot;&gt;&lt;script&gt;">');
  });

  it('is self-contained: nothing to fetch, a policy forbidding it, no script', () => {
    const html = renderHtml(sampleDocument('zh-CN'), { chartImages: { 'turnover-by-department': tinyPng } });
    expect(externalReferences(html)).toEqual([]);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">`);
  });

  it('prints to A4 without splitting tables rows and charts', () => {
    const html = renderHtml(sampleDocument('en'), { chartImages: {} });
    expect(html).toMatch(/@page \{ size: A4; margin: [^}]+\}/);
    expect(html).toMatch(/figure, tr, img, li \{ break-inside: avoid; page-break-inside: avoid; \}/);
    expect(html).toMatch(/h1, h2 \{ break-after: avoid;/);
  });

  it('shows the data of a chart that has no image', () => {
    const html = renderHtml(sampleDocument('en'), { chartImages: {} });
    expect(html).toContain('<figure id="chart-turnover-by-department"><table><thead><tr><th>Turnover by department</th><th class="num">2024</th></tr></thead>');
    expect(html).toContain('<tr><td>Company average</td><td class="num">10.7%</td></tr>');
  });

  it('refuses chart images that are not embedded PNGs', () => {
    for (const src of ['https://cdn.example/chart.png', 'charts/a.png', 'data:image/svg+xml;base64,PHN2Zz4=', 'data:image/png;base64,AA"onload="x']) {
      expect(() => renderHtml(sampleDocument('en'), { chartImages: { 'turnover-by-department': src } })).toThrow(/must be a data:image\/png;base64 URI/);
    }
  });
});
