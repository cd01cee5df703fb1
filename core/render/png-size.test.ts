import { describe, expect, it } from 'vitest';
import { renderChartPng } from '../node/render-chart-png.ts';
import { sampleDocument } from './fixtures/sample-document.ts';
import { pngSize } from './png-size.ts';

describe('pngSize', () => {
  it('reads the pixel size from the IHDR chunk', () => {
    const png = new Uint8Array(renderChartPng(sampleDocument('en').charts[0], 'en', { width: 300, height: 120, scale: 2 }));
    expect(pngSize(png)).toEqual({ width: 600, height: 240 });
  });

  it('throws for bytes that are not a PNG', () => {
    expect(() => pngSize(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toThrow('not a PNG');
    expect(() => pngSize(new Uint8Array(30))).toThrow('not a PNG');
  });
});
