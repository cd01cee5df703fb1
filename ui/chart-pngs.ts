import type { PeopleCaseDocument } from '../core/proposal/document.ts';
import { chartFontFamily } from './chart-font.ts';

/** The exported image in CSS pixels and its pixel density: 800 × 400 at 2×, as the CLI's PNGs, crisp in print. */
const size = { width: 800, height: 400, scale: 2 };

/**
 * PNG bytes of every chart of a document, drawn by chart.js with core's chart config on an OffscreenCanvas (so it runs in a
 * worker) and laid on white, since a transparent PNG prints grey in some viewers; the `chartImages` HTML and Word exports
 * embed. chart.js is loaded on first use.
 * @example (await chartPngs(proposal))['turnover_rate-by-department'].subarray(1, 4) // 'PNG' bytes
 */
export async function chartPngs(doc: Pick<PeopleCaseDocument, 'lang' | 'charts'>): Promise<Record<string, Uint8Array>> {
  if (doc.charts.length === 0) return {};
  const [{ default: Chart }, { chartConfig }] = await Promise.all([import('chart.js/auto'), import('../core/render/chart-config.ts')]);
  const images: Record<string, Uint8Array> = {};
  for (const spec of doc.charts) {
    const drawn = new OffscreenCanvas(size.width, size.height);
    const config = chartConfig(spec, doc.lang, { fontFamily: chartFontFamily });
    config.options = { ...config.options, devicePixelRatio: size.scale };
    const chart = new Chart(drawn as never, config as never);
    const page = new OffscreenCanvas(drawn.width, drawn.height);
    const context = page.getContext('2d')!;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, page.width, page.height);
    context.drawImage(drawn, 0, 0);
    chart.destroy();
    images[spec.id] = new Uint8Array(await (await page.convertToBlob({ type: 'image/png' })).arrayBuffer());
  }
  return images;
}
