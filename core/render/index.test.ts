import { describe, expect, it } from 'vitest';
import { renderChartPng } from '../node/render-chart-png.ts';
import { documentSchema } from '../proposal/document.ts';
import { sampleDocument } from './fixtures/sample-document.ts';
import { zipEntries } from './fixtures/zip-entries.ts';
import { documentFormats, renderDocument } from './index.ts';

describe('renderDocument', () => {
  const doc = sampleDocument('en');
  const png = new Uint8Array(renderChartPng(doc.charts[0], 'en', { scale: 1 }));

  it('writes every format with its MIME type and extension', async () => {
    const files = await Promise.all(documentFormats.map((format) => renderDocument(doc, format, { chartImages: { [doc.charts[0].id]: png } })));
    expect(files.map((file) => [file.extension, file.mimeType, typeof file.content])).toEqual([
      ['md', 'text/markdown; charset=utf-8', 'string'],
      ['html', 'text/html; charset=utf-8', 'string'],
      ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'object'],
      ['pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation', 'object'],
      ['json', 'application/json', 'string'],
    ]);
  });

  it('embeds chart PNGs in HTML and DOCX, links them in Markdown by path, and writes valid document JSON', async () => {
    const chartImages = { [doc.charts[0].id]: png };
    const html = (await renderDocument(doc, 'html', { chartImages })).content as string;
    expect(html).toContain(`<img src="data:image/png;base64,${Buffer.from(png).toString('base64')}"`);
    const docx = zipEntries((await renderDocument(doc, 'docx', { chartImages, pageSize: 'Letter' })).content as Uint8Array);
    expect(docx.names).toContain('word/media/image1.png');
    expect(docx.text('word/document.xml')).toContain('<w:pgSz w:w="12240" w:h="15840"');
    const markdown = (await renderDocument(doc, 'md', { chartImages, chartPaths: { [doc.charts[0].id]: 'charts/turnover.png' } })).content as string;
    expect(markdown).toContain('](charts/turnover.png)');
    const json = (await renderDocument(doc, 'json')).content as string;
    expect(documentSchema.parse(JSON.parse(json))).toEqual(doc);
  });

  it('writes charts as data tables when no image is given, and A4 by default', async () => {
    const markdown = (await renderDocument(doc, 'md')).content as string;
    expect(markdown).toContain('| Turnover by department | 2024 |');
    const docx = zipEntries((await renderDocument(doc, 'docx')).content as Uint8Array);
    expect(docx.text('word/document.xml')).toContain('<w:pgSz w:w="11906" w:h="16838"');
  });
});
