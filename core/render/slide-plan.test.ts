import { describe, expect, it } from 'vitest';
import { t } from '../i18n/index.ts';
import type { PeopleCaseDocument } from '../proposal/document.ts';
import { companyDocument } from './fixtures/company-document.ts';
import { sampleDocument } from './fixtures/sample-document.ts';
import { planSlides, type SlidePlan } from './slide-plan.ts';

const ofKind = <K extends SlidePlan['kind']>(slides: SlidePlan[], kind: K): Extract<SlidePlan, { kind: K }>[] =>
  slides.filter((slide): slide is Extract<SlidePlan, { kind: K }> => slide.kind === kind);

describe('planSlides', () => {
  it('opens with the decision slide: title, byline and the decision request', () => {
    const [first] = planSlides(companyDocument('en', 5));
    expect(first).toMatchObject({
      kind: 'decision',
      title: 'Keep core engineers: retention proposal for R&D',
      byline: 'R&D · Prepared Mar 1, 2025',
      heading: 'Decision requested',
      text: [{ text: expect.stringMatching(/^Approve a dual career track pilot/), marker: 'none' }],
    });
  });

  it('gives each finding a slide of its own: its sentence above its chart, numbered titles', () => {
    const charts = ofKind(planSlides(companyDocument('en', 5)), 'chart');
    expect(charts.map((slide) => [slide.title, slide.chart.id, slide.text[0].text.slice(0, 20), slide.leadLines])).toEqual([
      ['Evidence (1/3)', 'turnover-by-department', 'R&D turnover was 18.', 1],
      ['Evidence (2/3)', 'compa-ratio', 'Leavers were paid at', 1],
      ['Evidence (3/3)', 'feedback-days', 'Interview feedback t', 1],
    ]);
    expect(charts[0].caption).toBe('Turnover by department; the dashed line is the company average of 10.7%');
  });

  it('puts the risks into the notes, with the definitions of the metrics each slide shows', () => {
    const slides = planSlides(companyDocument('en', 5));
    expect(slides.map((slide) => slide.title)).not.toContain('Risks and data caveats');
    const [turnover, compa] = ofKind(slides, 'chart');
    expect(turnover.notes).toContain(`Turnover rate: ${t('en', 'metric.turnover_rate.definition')}`);
    expect(turnover.notes).not.toContain('Compa-ratio:');
    expect(compa.notes).toContain(`Compa-ratio: ${t('en', 'metric.compa_ratio.definition')}`);
    for (const notes of [slides[0].notes, turnover.notes]) {
      expect(notes).toContain('Caveats\n• R&D is a large group');
      expect(notes).toContain('• 3.5 years');
    }
    // A slide citing no evidence carries no caveats.
    expect(ofKind(slides, 'text').find((slide) => slide.title === 'Recommendation')?.notes).toBe('');
  });

  it('splits a 50-department table over slides, each row once, under the repeated header; a short paragraph introduces it', () => {
    const slides = planSlides(companyDocument('zh-CN', 50));
    const scorecard = ofKind(slides, 'table').filter((slide) => slide.title.startsWith('需要的配合'));
    expect(scorecard.length).toBeGreaterThan(1);
    expect(scorecard.map((slide) => slide.title)).toEqual(scorecard.map((_, index) => `需要的配合（${index + 1}/${scorecard.length}）`));
    for (const slide of scorecard) expect(slide.table.header).toEqual(['部门', '3天内反馈比例', '面试场次', '逾期']);
    const departments = scorecard.flatMap((slide) => slide.table.rows.map((row) => row[0]));
    expect(departments).toEqual(Array.from({ length: 50 }, (_, index) => `事业部${String(index + 1).padStart(2, '0')}`));
    expect(Math.max(...scorecard.map((slide) => slide.table.rows.length))).toBeLessThanOrEqual(17);
    const appendix = ofKind(slides, 'table').filter((slide) => slide.title.startsWith('附录'));
    expect(appendix[0].text[0].text).toBe('离职率：期内离职人数除以平均在职人数（SHRM 口径）。');
    expect(appendix.slice(1).every((slide) => slide.text.length === 0)).toBe(true);
    // Three-line rows: fewer fit on a slide than one-line rows.
    expect(Math.max(...appendix.map((slide) => slide.table.rows.length))).toBeLessThan(12);
  });

  it('continues a long numbered list on the next slide with its numbers', () => {
    const doc: PeopleCaseDocument = {
      ...sampleDocument('en'),
      sections: [{ id: 'plan', title: 'Plan', blocks: [{ kind: 'list', ordered: true, items: Array.from({ length: 30 }, (_, index) => [`Step ${index + 1}`]) }] }],
    };
    const slides = ofKind(planSlides(doc), 'text');
    expect(slides.length).toBeGreaterThan(1);
    expect(slides.flatMap((slide) => slide.text.map((item) => item.marker))).toEqual(Array.from({ length: 30 }, (_, index) => index + 1));
    expect(slides[1].text[0]).toEqual({ text: `Step ${slides[0].text.length + 1}`, marker: slides[0].text.length + 1 });
  });

  it('makes a bare title slide for a document without a decision request, and leads a table with the short paragraphs before it', () => {
    const slides = planSlides(sampleDocument('zh-CN'));
    expect(slides[0]).toMatchObject({ kind: 'decision', heading: '请批准' });
    const noDecision = planSlides({ ...sampleDocument('en'), sections: sampleDocument('en').sections.slice(1) });
    expect(noDecision[0]).toMatchObject({ kind: 'decision', heading: null, text: [], notes: '' });
    expect(noDecision.map((slide) => slide.kind)).toEqual(['decision', 'table', 'chart', 'text']);
    // Both short findings introduce the table on its slide; the chart right after the table has no sentence of its own.
    const [, table, chart] = noDecision;
    expect(table.kind === 'table' && table.text.map((item) => item.text.slice(0, 12))).toEqual(['R&D turnover', 'Leavers were']);
    expect(chart.kind === 'chart' && chart.text).toEqual([]);
  });
});
