import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../render/fixtures/sample-document.ts';
import { renderChartPng } from './render-chart-png.ts';

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect(String.fromCharCode(...png.subarray(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('renderChartPng', () => {
  const [chart] = sampleDocument('zh-CN').charts;

  it('draws an 800 × 400 chart at 2× as a PNG', () => {
    const png = renderChartPng(chart, 'zh-CN');
    expect(pngSize(png)).toEqual({ width: 1600, height: 800 });
    expect(png.length).toBeGreaterThan(10_000);
  });

  it('honours a requested size and density', () => {
    expect(pngSize(renderChartPng(chart, 'en', { width: 400, height: 300, scale: 1 }))).toEqual({ width: 400, height: 300 });
  });

  it('paints an opaque white background', async () => {
    const { loadImage, createCanvas } = await import('@napi-rs/canvas');
    const image = await loadImage(renderChartPng(chart, 'en', { width: 200, height: 100, scale: 1 }));
    const context = createCanvas(200, 100).getContext('2d');
    context.drawImage(image, 0, 0);
    expect([...context.getImageData(199, 99, 1, 1).data]).toEqual([255, 255, 255, 255]);
  });
});
