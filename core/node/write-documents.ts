import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PeopleCaseDocument } from '../proposal/document.ts';
import { renderDocument, type DocumentFormat } from '../render/index.ts';
import { renderChartPng } from './render-chart-png.ts';

/** A file-system-safe name from any label (department names, chart ids): keeps letters of any script, digits and dashes. */
export function fileSlug(label: string): string {
  return label.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'untitled';
}

/** `proposal-company`, `proposal-r-d`: the document's kind and scope, so a folder of outputs reads at a glance. */
export function documentBaseName(doc: PeopleCaseDocument): string {
  return `${doc.kind}-${doc.scope === null ? 'company' : fileSlug(doc.scope)}`;
}

/**
 * Write one document in each asked format into `dir` (charts as PNG files beside the Markdown, embedded in HTML and Word,
 * native in PowerPoint) and return the paths written, so the CLI can say where each file is.
 * @example await writeDocument('out/en', proposal, ['md', 'html']) // ['out/en/proposal-company.md', 'out/en/proposal-company.html']
 */
export async function writeDocument(dir: string, doc: PeopleCaseDocument, formats: readonly DocumentFormat[]): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const base = documentBaseName(doc);
  const chartImages: Record<string, Uint8Array> = {};
  const chartPaths: Record<string, string> = {};
  if (doc.charts.length > 0 && formats.some((format) => format !== 'json')) {
    mkdirSync(join(dir, 'charts'), { recursive: true });
    for (const chart of doc.charts) {
      const png = renderChartPng(chart, doc.lang);
      const relative = `charts/${base}-${fileSlug(chart.id)}.png`;
      writeFileSync(join(dir, relative), png);
      chartImages[chart.id] = png;
      chartPaths[chart.id] = relative;
    }
  }
  const written: string[] = [];
  for (const format of formats) {
    const file = await renderDocument(doc, format, { chartImages, chartPaths });
    const path = join(dir, `${base}.${file.extension}`);
    writeFileSync(path, file.content);
    written.push(path);
  }
  return written;
}
