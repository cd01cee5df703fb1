import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../render/fixtures/sample-document.ts';
import { renderHtml } from '../render/html.ts';
import { renderChartImages } from './render-chart-images.ts';

describe('renderChartImages', () => {
  it('gives every chart a PNG data URI that renderHtml embeds', () => {
    const doc = sampleDocument('zh-CN');
    const images = renderChartImages(doc);
    expect(Object.keys(images)).toEqual(['turnover-by-department']);
    expect(images['turnover-by-department']).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    const html = renderHtml(doc, { chartImages: images });
    expect(html).toContain(`<img src="${images['turnover-by-department']}" alt="各部门离职率"`);
    expect(html).not.toMatch(/https?:\/\//);
  });
});
