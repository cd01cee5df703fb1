import type { PeopleCaseDocument } from '../proposal/document.ts';
import { renderChartPng } from './render-chart-png.ts';

/**
 * Every chart of a document as a PNG data URI keyed by chart id, the `chartImages` that renderHtml embeds so the HTML file
 * stays self-contained.
 * @example renderHtml(doc, { chartImages: renderChartImages(doc) })
 */
export function renderChartImages(doc: Pick<PeopleCaseDocument, 'lang' | 'charts'>): Record<string, string> {
  return Object.fromEntries(doc.charts.map((chart) => [chart.id, `data:image/png;base64,${renderChartPng(chart, doc.lang).toString('base64')}`]));
}
