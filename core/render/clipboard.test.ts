import { describe, expect, it } from 'vitest';
import { summaryForClipboard } from './clipboard.ts';
import { companyDocument } from './fixtures/company-document.ts';
import { sampleDocument } from './fixtures/sample-document.ts';

describe('summaryForClipboard', () => {
  it('gives the decision, the top findings and the impact as plain text', () => {
    expect(summaryForClipboard(companyDocument('en', 5)).text).toBe(
      [
        'Keep core engineers: retention proposal for R&D',
        'R&D · Prepared Mar 1, 2025',
        '',
        'Decision requested',
        'Approve a dual career track pilot for R&D engineers by Dec 31, 2025; it costs about CN¥480,000 a year and would avoid CN¥1,250,000 of turnover cost.',
        '',
        'Evidence',
        '• R&D turnover was 18.3% against 9.4% in the rest of the company (p < 0.001).',
        '• Leavers were paid at a median compa-ratio of 0.87, stayers at 1.01.',
        '• Interview feedback took a median 9 days in December, up from 3 days in January.',
        '',
        'Business impact',
        'Turnover in R&D costs between CN¥640,000 and CN¥3,100,000 a year (base CN¥1,580,000).',
      ].join('\n'),
    );
  });

  it('gives the same as rich text: escaped, numbers in bold, findings as a list, language tagged', () => {
    const { html } = summaryForClipboard(companyDocument('zh-CN', 5));
    expect(html).toMatch(/^<div lang="zh-CN" style="font-family:Calibri, &#39;Microsoft YaHei&#39;/);
    expect(html).toContain('<strong style="font-size:13pt">留住核心工程师：研发部保留方案</strong>');
    expect(html).toContain('<p style="margin:0">请批准在研发部试行工程师双通道职业发展，<strong>2025年12月31日</strong>前完成；每年费用约<strong>¥480,000</strong>');
    expect(html.match(/<li>/g)).toHaveLength(3);
    expect(html).toContain('<li>研发部离职率为<strong>18.3%</strong>，公司其他部门为<strong>9.4%</strong>（<strong>p &lt; 0.001</strong>）。</li>');
    expect(html).toContain('<strong>业务影响</strong>');
    expect(html).not.toContain('附录');
  });

  it('keeps user text as text', () => {
    const doc = sampleDocument('en');
    const hostile = { ...doc, title: '<img src=x onerror=alert(1)>', sections: [{ id: 'decision', title: 'A & B', blocks: [{ kind: 'paragraph' as const, content: ['<b>bold</b>'] }] }] };
    const { html, text } = summaryForClipboard(hostile);
    expect(html).not.toMatch(/<img|<b>/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<strong>A &amp; B</strong>');
    expect(text).toContain('<b>bold</b>');
  });

  it('sums up a document without proposal sections by its first section', () => {
    const doc = sampleDocument('en');
    const scorecard = { ...doc, kind: 'cooperation-scorecard' as const, sections: [doc.sections[2], { ...doc.sections[1], id: 'scores' }] };
    expect(summaryForClipboard(scorecard).text).toBe(
      ['Keep core engineers: R&D retention proposal', 'R&D · Prepared Mar 1, 2025', '', 'Plan', '• Agree the pilot with the R&D head', '• Run stay interviews', '• Check turnover each quarter'].join('\n'),
    );
  });
});
