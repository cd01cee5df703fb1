import { createCanvas } from '@napi-rs/canvas';
import { Chart, registerables, type Plugin } from 'chart.js';
import type { Lang } from '../i18n/index.ts';
import type { ChartSpec } from '../proposal/document.ts';
import { chartConfig } from '../render/chart-config.ts';

Chart.register(...registerables);

/** Latin faces from fonts-liberation, then Noto CJK for Chinese labels; skia falls back to any installed face when these are absent. */
const fontFamily = "'Liberation Sans', 'Noto Sans CJK SC', 'Noto Sans SC', 'WenQuanYi Micro Hei', 'DejaVu Sans', sans-serif";

/** Paints the canvas white before each draw: a PNG is transparent by default, which prints grey or black in some viewers. */
const whiteBackground: Plugin<'bar' | 'line'> = {
  id: 'peoplecase-white-background',
  beforeDraw(chart) {
    const context = chart.ctx;
    context.save();
    context.globalCompositeOperation = 'destination-over';
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, chart.width, chart.height);
    context.restore();
  },
};

export interface ChartPngOptions {
  /** CSS pixels; the PNG is `width × scale` pixels wide (chart.js scales the canvas by the pixel density itself). */
  width?: number;
  height?: number;
  /** Pixel density, 2 for crisp print and high-DPI screens. */
  scale?: number;
}

/**
 * PNG bytes of a chart drawn by chart.js on a Node canvas, so the CLI can embed the same chart the task pane shows into
 * HTML, Markdown, DOCX and PPTX files (800 × 400 CSS pixels at 2× by default, white background).
 * @example renderChartPng(spec, 'zh-CN').subarray(1, 4).toString() // 'PNG'
 */
export function renderChartPng(spec: ChartSpec, lang: Lang, options: ChartPngOptions = {}): Buffer {
  const { width = 800, height = 400, scale = 2 } = options;
  const canvas = createCanvas(width, height);
  const config = chartConfig(spec, lang, { fontFamily });
  config.options = { ...config.options, devicePixelRatio: scale };
  config.plugins = [whiteBackground];
  // chart.js types its item as a DOM canvas or context; the napi-rs context implements the 2D API it draws with.
  const chart = new Chart(canvas.getContext('2d') as never, config);
  try {
    return canvas.toBuffer('image/png');
  } finally {
    chart.destroy();
  }
}
