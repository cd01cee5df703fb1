import { describe, expect, it } from 'vitest';
import { buildAlignmentTable } from '../proposal/alignment-table.ts';
import { buildProposal } from '../proposal/build-proposal.ts';
import { buildCooperationScorecard } from '../proposal/cooperation-scorecard.ts';
import { sampleInput } from '../proposal/proposal-fixture.ts';
import { blockRefs } from './block-refs.ts';
import { companyDocument } from './fixtures/company-document.ts';
import { hostileLabel, sampleDocument } from './fixtures/sample-document.ts';
import { xmlTexts, zipEntries } from './fixtures/zip-entries.ts';
import { formatQuantity } from './format-quantity.ts';
import { renderPptx } from './pptx.ts';
import { planSlides } from './slide-plan.ts';

type Zip = ReturnType<typeof zipEntries>;

const numbered = (zip: Zip, pattern: RegExp): string[] =>
  zip.names.filter((name) => pattern.test(name)).sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
const slides = (zip: Zip): string[] => numbered(zip, /^ppt\/slides\/slide\d+\.xml$/).map((name) => zip.text(name));
const notes = (zip: Zip): string[] => numbered(zip, /^ppt\/notesSlides\/notesSlide\d+\.xml$/).map((name) => zip.text(name));

describe('renderPptx', () => {
  it('writes a 16:9 deck, one slide per planned slide, the decision slide first', async () => {
    const doc = companyDocument('en', 5);
    const zip = zipEntries(await renderPptx(doc));
    expect(zip.text('ppt/presentation.xml')).toContain('<p:sldSz cx="12192000" cy="6858000"/>');
    const texts = slides(zip).map((xml) => xmlTexts(xml, 'a:t'));
    expect(texts).toHaveLength(planSlides(doc).length);
    // The decision slide's texts, then its slide-number field.
    expect(texts[0]).toEqual([
      doc.title,
      'R&D · Prepared Mar 1, 2025',
      'Decision requested',
      'Approve a dual career track pilot for R&D engineers by Dec 31, 2025; it costs about CN¥480,000 a year and would avoid CN¥1,250,000 of turnover cost.',
      '1',
    ]);
    expect(texts[2]).toEqual(expect.arrayContaining(['Evidence (1/3)', 'R&D turnover was 18.3% against 9.4% in the rest of the company (p < 0.001).']));
  });

  it('draws each chart as a native chart with its data, the reference as a dashed line and axes formatted like the text', async () => {
    const doc = companyDocument('en', 5);
    const zip = zipEntries(await renderPptx(doc));
    const charts = numbered(zip, /^ppt\/charts\/chart\d+\.xml$/).map((name) => zip.text(name));
    expect(charts).toHaveLength(3);
    const [turnover, compa, feedback] = charts;
    expect(turnover).toContain('<c:barChart>');
    expect(turnover).toMatch(/<c:lineChart>[\s\S]*<a:prstDash val="dash"\/>/);
    expect(turnover).toContain('<c:numFmt formatCode="0.0%" sourceLinked="0"/>');
    const values = xmlTexts(turnover, 'c:v');
    for (const value of doc.charts[0].series[0].values) expect(values).toContain(String(value));
    expect(values).toEqual(expect.arrayContaining(['Department 01', 'Department 05', 'Company average', '0.107']));
    expect(xmlTexts(compa, 'c:v')).toEqual(expect.arrayContaining(['Leavers', 'Stayers', '0.874', '1.012']));
    expect(compa).toContain('formatCode="0.00"');
    expect(feedback).toContain('<c:lineChart>');
    expect(feedback).toContain('formatCode="#,##0&quot; days&quot;"');
    expect(feedback).toContain('<c:dispBlanksAs val="gap"/>');
    // Each chart carries its data as an embedded workbook, so "Edit Data" works in PowerPoint.
    expect(zip.names.filter((name) => /^ppt\/embeddings\/.*\.xlsx$/.test(name))).toHaveLength(3);
  });

  it('shows every number of the document on a slide or, for the caveats, in the speaker notes', async () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const doc = companyDocument(lang, 5);
      const zip = zipEntries(await renderPptx(doc));
      const shown = [...slides(zip), ...notes(zip)].flatMap((xml) => xmlTexts(xml, 'a:t')).join('\n');
      const refs = blockRefs(doc.sections.flatMap((section) => section.blocks));
      expect(refs.length).toBeGreaterThan(30);
      for (const ref of refs) expect(shown, ref).toContain(formatQuantity(doc, ref));
    }
  });

  it('puts the definitions and caveats into the speaker notes', async () => {
    const zip = zipEntries(await renderPptx(companyDocument('zh-CN', 5)));
    // pptxgenjs writes the notes' line breaks as CRLF.
    const [decisionNotes, , firstFinding] = notes(zip).map((xml) => xmlTexts(xml, 'a:t').join('').replaceAll('\r\n', '\n'));
    expect(decisionNotes).toContain('注意事项\n• 研发部人数较多');
    expect(firstFinding).toContain('指标定义\n• 离职率：');
    expect(firstFinding).toContain('相关不等于因果');
  });

  it('sets Chinese text in a CJK font and tags it zh-CN', async () => {
    const zip = zipEntries(await renderPptx(companyDocument('zh-CN', 5)));
    const first = slides(zip)[0];
    expect(xmlTexts(first, 'a:t')).toContain('留住核心工程师：研发部保留方案');
    expect(first).toContain('<a:ea typeface="Microsoft YaHei"');
    expect(first).toContain('lang="zh-CN"');
    expect(zip.text('ppt/theme/theme1.xml')).toContain('<a:latin typeface="Microsoft YaHei"/>');
    const en = slides(zipEntries(await renderPptx(companyDocument('en', 5))))[0];
    expect(en).toContain('<a:latin typeface="Calibri"');
    expect(en).toContain('lang="en-US"');
  });

  it('keeps hostile text as text', async () => {
    const zip = zipEntries(await renderPptx(sampleDocument('en')));
    const all = slides(zip).join('');
    expect(all).not.toContain('<script>');
    expect(slides(zip).flatMap((xml) => xmlTexts(xml, 'a:t'))).toContain(hostileLabel);
  });

  it('keeps a 50-department company readable: the scorecard spread over slides, every department once', async () => {
    const doc = companyDocument('en', 50);
    const zip = zipEntries(await renderPptx(doc));
    const scorecard = slides(zip)
      .map((xml) => xmlTexts(xml, 'a:t'))
      .filter((texts) => texts[0].startsWith('Cooperation needed'));
    expect(scorecard.length).toBeGreaterThanOrEqual(3);
    for (const texts of scorecard) expect(texts.slice(1, 5)).toEqual(['Department', 'Feedback within 3 days', 'Interviews', 'Late']);
    const departments = scorecard.flatMap((texts) => texts.filter((text) => /^Department \d\d$/.test(text)));
    expect(departments).toEqual(Array.from({ length: 50 }, (_, index) => `Department ${String(index + 1).padStart(2, '0')}`));
  });

  it('writes the proposal builder’s documents with a native chart per chart and every number on a slide or in the notes', async () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      for (const doc of [buildProposal(sampleInput(lang, 'R&D')), buildAlignmentTable(sampleInput(lang, null)), buildCooperationScorecard(sampleInput(lang, null))]) {
        const zip = zipEntries(await renderPptx(doc));
        expect(slides(zip)).toHaveLength(planSlides(doc).length);
        expect(zip.names.filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name))).toHaveLength(doc.charts.length);
        const shown = [...slides(zip), ...notes(zip)].flatMap((xml) => xmlTexts(xml, 'a:t')).join('\n');
        for (const ref of blockRefs(doc.sections.flatMap((section) => section.blocks))) expect(shown, `${doc.kind} ${lang} ${ref}`).toContain(formatQuantity(doc, ref));
      }
    }
  });
});
