import { describe, expect, it } from 'vitest';
import { sampleDocument } from './fixtures/sample-document.ts';
import { renderMarkdown } from './markdown.ts';

describe('renderMarkdown', () => {
  it('writes an English document with every quantity formatted for en', () => {
    const markdown = renderMarkdown(sampleDocument('en'));
    expect(markdown).toMatch(/^# Keep core engineers: R&D retention proposal\n\nR&D · Prepared Mar 1, 2025\n/);
    for (const heading of ['## Decision requested', '## Evidence', '## Plan']) expect(markdown).toContain(`\n${heading}\n`);
    expect(markdown).toContain('Approve a dual career track pilot by Dec 31, 2025; leavers cost about CN¥79,350 a year.');
    expect(markdown).toContain('R&D turnover was 18.3% against 9.4% in the rest of the company (p < 0.001; 23 leavers among 1,234 people).');
    expect(markdown).toContain('compa-ratio of 0.87 (p = 0.003) after a median tenure of 3.5 years. Roles took 38 days to fill.');
    expect(markdown).toContain('1. Agree the pilot with the R&D head\n2. Run stay interviews\n3. Check turnover each quarter');
  });

  it('writes a Chinese document with every quantity formatted for zh-CN', () => {
    const markdown = renderMarkdown(sampleDocument('zh-CN'));
    expect(markdown).toMatch(/^# 留住核心工程师：研发部保留方案\n\nR&D · 编制日期：2025年3月1日\n/);
    for (const heading of ['## 请批准', '## 数据依据', '## 行动计划']) expect(markdown).toContain(`\n${heading}\n`);
    expect(markdown).toContain('2025年12月31日前完成；目前每位离职者造成的损失约为¥79,350/年。');
    expect(markdown).toContain('研发部离职率为18.3%，公司其他部门为9.4%（p < 0.001；23人离职，总人数1,234人）。');
    expect(markdown).toContain('中位数为0.87（p = 0.003），司龄中位数为3.5年。空缺岗位平均需要38天才能补上。');
    expect(markdown).toContain('本文由 PeopleCase 生成');
  });

  it('writes tables with escaped cells and right-aligned numbers', () => {
    const markdown = renderMarkdown(sampleDocument('en'));
    expect(markdown).toContain('| Team | Turnover |\n| --- | ---: |\n| R&D | 18.3% |\n| \\<script>alert("x")\\</script> \\| \\*Ops\\* | 9.4% |');
    expect(markdown).not.toMatch(/(?<!\\)<script/);
  });

  it('shows a chart as its image and caption, or as its data when there is no image', () => {
    const withImage = renderMarkdown(sampleDocument('en'), { chartImages: { 'turnover-by-department': 'charts/turnover (2024).png' } });
    expect(withImage).toContain('![Turnover by department](charts/turnover%20%282024%29.png)\n\n*R&D stands out: 18.3%*');
    const withoutImage = renderMarkdown(sampleDocument('zh-CN'));
    expect(withoutImage).toContain('| 各部门离职率 | 2024 |\n| --- | ---: |\n| R&D | 18.3% |\n| Sales | 8.1% |');
    expect(withoutImage).toContain('| 公司平均 | 10.7% |\n\n*研发部明显偏高：18.3%*');
  });

  it('refuses a document with a dangling quantity reference', () => {
    const doc = sampleDocument('en');
    doc.sections[0].blocks.push({ kind: 'paragraph', content: ['Saves ', { ref: 'savings' }] });
    expect(() => renderMarkdown(doc)).toThrow('quantity "savings", which it does not define');
  });
});
