import type { PeopleCaseDocument } from '../proposal/document.ts';
import { base64FromBytes } from './base64-from-bytes.ts';
import { renderDocx } from './docx.ts';
import { renderHtml } from './html.ts';
import { renderMarkdown } from './markdown.ts';
import { renderPptx } from './pptx.ts';

/** The file formats a document can be written as (the CLI's `--format md,html,docx,pptx,json`). */
export const documentFormats = ['md', 'html', 'docx', 'pptx', 'json'] as const;
export type DocumentFormat = (typeof documentFormats)[number];

/** What writers may need besides the document. */
export interface RenderAssets {
  /** Chart id → PNG bytes (renderChartPng in Node, the chart.js canvas in a browser); embedded by HTML and DOCX. */
  chartImages?: Record<string, Uint8Array>;
  /** Markdown only: chart id → the image's address relative to the Markdown file (the caller writes the PNG there). */
  chartPaths?: Record<string, string>;
  /** DOCX page size; A4 unless given. */
  pageSize?: 'A4' | 'Letter';
}

/** A written file: text formats as a string, Office formats as bytes, with what a host needs to save or download it. */
export interface RenderedFile {
  content: string | Uint8Array;
  mimeType: string;
  /** Without the dot. */
  extension: DocumentFormat;
}

const mimeTypes: Record<DocumentFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  json: 'application/json',
};

/**
 * A document written in one format, so the CLI and both hosts' export menus call one function: Markdown (charts linked by
 * `chartPaths`, else as data tables), self-contained HTML (chart PNGs embedded as data URIs), a Word memo, a PowerPoint deck
 * with native charts, or the document itself as JSON (its schema, for other tools). Charts without an image are written as
 * tables of their data.
 * @example (await renderDocument(doc, 'docx', { chartImages, pageSize: 'Letter' })).mimeType // 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
 */
export async function renderDocument(doc: PeopleCaseDocument, format: DocumentFormat, assets: RenderAssets = {}): Promise<RenderedFile> {
  const images = assets.chartImages ?? {};
  const file = (content: string | Uint8Array): RenderedFile => ({ content, mimeType: mimeTypes[format], extension: format });
  switch (format) {
    case 'md':
      return file(renderMarkdown(doc, { chartImages: assets.chartPaths ?? {} }));
    case 'html':
      return file(renderHtml(doc, { chartImages: Object.fromEntries(Object.entries(images).map(([id, png]) => [id, `data:image/png;base64,${base64FromBytes(png)}`])) }));
    case 'docx':
      return file(await renderDocx(doc, { chartImages: images, pageSize: assets.pageSize ?? 'A4' }));
    case 'pptx':
      return file(await renderPptx(doc));
    case 'json':
      return file(`${JSON.stringify(doc, null, 2)}\n`);
  }
}
