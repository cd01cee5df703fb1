import { describe, expect, it } from 'vitest';
import { renderChartPng } from '../node/render-chart-png.ts';
import { buildAlignmentTable } from '../proposal/alignment-table.ts';
import { buildProposal } from '../proposal/build-proposal.ts';
import { buildCooperationScorecard } from '../proposal/cooperation-scorecard.ts';
import { sampleInput } from '../proposal/proposal-fixture.ts';
import type { PeopleCaseDocument } from '../proposal/document.ts';
import { blockRefs } from './block-refs.ts';
import { renderDocx } from './docx.ts';
import { companyDocument } from './fixtures/company-document.ts';
import { hostileLabel, sampleDocument } from './fixtures/sample-document.ts';
import { xmlTexts, zipEntries } from './fixtures/zip-entries.ts';
import { formatQuantity } from './format-quantity.ts';

const pngs = (doc: PeopleCaseDocument): Record<string, Uint8Array> =>
  Object.fromEntries(doc.charts.map((chart) => [chart.id, new Uint8Array(renderChartPng(chart, doc.lang, { scale: 1 }))]));

/** Paragraph texts of the body with the style of each paragraph, as Word shows them. */
function paragraphs(xml: string): { style: string | null; text: string }[] {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((match) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(match[1])?.[1] ?? null,
    text: xmlTexts(match[1], 'w:t').join(''),
  }));
}

describe('renderDocx', () => {
  it('writes the memo: title as Heading 1, the decision request first, every section as Heading 2', async () => {
    const doc = companyDocument('en', 5);
    const zip = zipEntries(await renderDocx(doc, { chartImages: pngs(doc), pageSize: 'A4' }));
    const body = paragraphs(zip.text('word/document.xml'));
    expect(body.filter((item) => item.style === 'Heading1').map((item) => item.text)).toEqual([doc.title]);
    expect(body.filter((item) => item.style === 'Heading2').map((item) => item.text)).toEqual(doc.sections.map((section) => section.title));
    const firstHeading = body.findIndex((item) => item.style === 'Heading2');
    expect(body[firstHeading].text).toBe('Decision requested');
    expect(body[firstHeading + 1].text).toBe(
      'Approve a dual career track pilot for R&D engineers by Dec 31, 2025; it costs about CN¥480,000 a year and would avoid CN¥1,250,000 of turnover cost.',
    );
    expect(zip.text('word/document.xml')).toMatch(/<w:shd [^>]*w:fill="EEF3F8"/);
    expect(zip.text('docProps/core.xml')).toContain(`<dc:title>${doc.title.replace('&', '&amp;')}</dc:title>`);
  });

  it('shows every number of the document as the text formats it, in both languages', async () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const doc = companyDocument(lang, 5);
      const text = xmlTexts(zipEntries(await renderDocx(doc, { chartImages: pngs(doc), pageSize: 'A4' })).text('word/document.xml'), 'w:t').join('\n');
      const refs = blockRefs(doc.sections.flatMap((section) => section.blocks));
      expect(refs.length).toBeGreaterThan(30);
      for (const ref of refs) expect(text, ref).toContain(formatQuantity(doc, ref));
    }
  });

  it('embeds one PNG per chart, scaled to the text width, with the caption under it and alt text', async () => {
    const doc = companyDocument('en', 5);
    const images = pngs(doc);
    const zip = zipEntries(await renderDocx(doc, { chartImages: images, pageSize: 'Letter' }));
    const media = zip.names.filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(3);
    for (const name of media) expect([...zip.bytes(name).subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    const xml = zip.text('word/document.xml');
    // Letter minus 2 cm margins = 9,972 twips = 665 px → 665 × 9,525 EMU wide, half as high (333 px: the PNGs are 2:1).
    expect(xml.match(/<wp:extent [^>]*>/g)).toEqual(Array(3).fill('<wp:extent cx="6334125" cy="3171825"/>'));
    expect(xml).toContain('title="Turnover by department, 2024"');
    const body = paragraphs(xml);
    expect(body.filter((item) => item.style === 'Caption').map((item) => item.text)).toEqual([
      'Turnover by department; the dashed line is the company average of 10.7%',
      'Median compa-ratio of leavers and stayers',
      'Median days to interview feedback, by month',
    ]);
  });

  it('writes a chart without an image as a table of its data', async () => {
    const doc = sampleDocument('en');
    const zip = zipEntries(await renderDocx(doc, { chartImages: {}, pageSize: 'A4' }));
    expect(zip.names.some((name) => name.startsWith('word/media/'))).toBe(false);
    const text = xmlTexts(zip.text('word/document.xml'), 'w:t');
    expect(text).toEqual(expect.arrayContaining(['Turnover by department', 'Sales', '8.1%', 'Company average', '10.7%']));
  });

  it('keeps hostile text as text', async () => {
    const xml = zipEntries(await renderDocx(sampleDocument('en'), { chartImages: {}, pageSize: 'A4' })).text('word/document.xml');
    expect(xml).not.toContain('<script>');
    expect(xmlTexts(xml, 'w:t')).toContain(hostileLabel);
  });

  it('sets the page size, the page-number footer and the fonts and language of each language', async () => {
    const en = zipEntries(await renderDocx(sampleDocument('en'), { chartImages: {}, pageSize: 'Letter' }));
    const zh = zipEntries(await renderDocx(sampleDocument('zh-CN'), { chartImages: {}, pageSize: 'A4' }));
    expect(en.text('word/document.xml')).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
    expect(zh.text('word/document.xml')).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const footer = (zip: ReturnType<typeof zipEntries>): string => zip.text(zip.names.find((name) => /^word\/footer\d+\.xml$/.test(name))!);
    expect(xmlTexts(footer(en), 'w:t')).toEqual(['Page ', ' of ']);
    expect(xmlTexts(footer(zh), 'w:t')).toEqual(['第 ', ' 页，共 ', ' 页']);
    expect(xmlTexts(footer(zh), 'w:instrText')).toEqual(['PAGE', 'NUMPAGES']);
    expect(zh.text('word/styles.xml')).toContain('w:eastAsia="Microsoft YaHei"');
    expect(zh.text('word/styles.xml')).toContain('<w:lang w:val="zh-CN" w:eastAsia="zh-CN"/>');
    expect(en.text('word/styles.xml')).toContain('<w:lang w:val="en-US" w:eastAsia="zh-CN"/>');
    expect(xmlTexts(zh.text('word/document.xml'), 'w:t')).toContain('留住核心工程师：研发部保留方案');
  });

  it('keeps a 50-department company readable: every row present, header rows repeated on each page, rows never split', async () => {
    const doc = companyDocument('zh-CN', 50);
    const xml = zipEntries(await renderDocx(doc, { chartImages: pngs(doc), pageSize: 'A4' })).text('word/document.xml');
    const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((match) => match[1]);
    expect(tables).toHaveLength(3);
    const scorecard = tables[1];
    expect(scorecard.match(/<w:tr>/g)).toHaveLength(51);
    expect(scorecard.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(scorecard.match(/<w:cantSplit\/>/g)).toHaveLength(51);
    const text = xmlTexts(scorecard, 'w:t');
    for (let index = 1; index <= 50; index += 1) expect(text).toContain(`事业部${String(index).padStart(2, '0')}`);
    // Numeric columns are right-aligned, text columns left.
    expect(scorecard).toMatch(/<w:jc w:val="right"\/>/);
  });

  it('writes the proposal builder’s documents (proposal, alignment table, cooperation scorecard) with every heading and number', async () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      for (const doc of [buildProposal(sampleInput(lang, 'R&D')), buildAlignmentTable(sampleInput(lang, null)), buildCooperationScorecard(sampleInput(lang, null))]) {
        const zip = zipEntries(await renderDocx(doc, { chartImages: pngs(doc), pageSize: 'A4' }));
        const xml = zip.text('word/document.xml');
        expect(paragraphs(xml).filter((item) => item.style === 'Heading2').map((item) => item.text)).toEqual(doc.sections.map((section) => section.title));
        expect(zip.names.filter((name) => name.startsWith('word/media/'))).toHaveLength(doc.charts.length);
        const text = xmlTexts(xml, 'w:t').join('\n');
        for (const ref of blockRefs(doc.sections.flatMap((section) => section.blocks))) expect(text, `${doc.kind} ${lang} ${ref}`).toContain(formatQuantity(doc, ref));
      }
    }
  });
});
