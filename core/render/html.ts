import { t } from '../i18n/index.ts';
import type { Block, Inline, PeopleCaseDocument } from '../proposal/document.ts';
import { chartById } from './chart-by-id.ts';
import { chartTable } from './chart-table.ts';
import { documentByline } from './document-byline.ts';
import { escapeHtml } from './escape-html.ts';
import { formatQuantity } from './format-quantity.ts';
import { htmlStyle } from './html-style.ts';
import { tableText, type TextTable } from './text-table.ts';

export interface HtmlOptions {
  /** Chart id → `data:image/png;base64,…` URI; charts without one are written as data tables. */
  chartImages: Record<string, string>;
}

/** Only embedded PNGs: anything else (a path, an http URL) would make the file fetch from outside or break when moved. */
const pngDataUri = /^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/;

/** Nothing may be fetched, run or framed: the file is a record that never phones home (DESIGN.md §6). */
const contentSecurityPolicy = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

function htmlTable(table: TextTable): string {
  const cell = (tag: 'th' | 'td', text: string, column: number): string =>
    `<${tag}${table.numeric[column] ? ' class="num"' : ''}>${escapeHtml(text)}</${tag}>`;
  const head = `<thead><tr>${table.header.map((text, column) => cell('th', text, column)).join('')}</tr></thead>`;
  const body = table.rows.map((row) => `<tr>${row.map((text, column) => cell('td', text, column)).join('')}</tr>`).join('\n');
  return `<table>${head}\n<tbody>\n${body}\n</tbody></table>`;
}

/**
 * A document as ONE self-contained HTML file to open, mail or print to A4: inline CSS, charts embedded as PNG data URIs, no
 * script and no external request (a Content-Security-Policy forbids any), `lang` set for fonts and screen readers, every text
 * escaped because it comes from user data. Each number is a `<span class="quantity" data-ref="…">` so it can be traced.
 * @example renderHtml(doc, { chartImages: {} }).startsWith('<!doctype html>') // true
 */
export function renderHtml(doc: PeopleCaseDocument, options: HtmlOptions): string {
  const inline = (content: Inline[]): string =>
    content
      .map((item) =>
        typeof item === 'string'
          ? escapeHtml(item)
          : `<span class="quantity" data-ref="${escapeHtml(item.ref)}">${escapeHtml(formatQuantity(doc, item.ref))}</span>`,
      )
      .join('');
  const block = (item: Block): string => {
    switch (item.kind) {
      case 'paragraph':
        return `<p>${inline(item.content)}</p>`;
      case 'list': {
        const tag = item.ordered ? 'ol' : 'ul';
        return `<${tag}>${item.items.map((entry) => `<li>${inline(entry)}</li>`).join('')}</${tag}>`;
      }
      case 'table':
        return htmlTable(tableText(doc, item));
      case 'chart': {
        const chart = chartById(doc, item.chartId);
        const src = Object.hasOwn(options.chartImages, chart.id) ? options.chartImages[chart.id] : undefined;
        if (src !== undefined && !pngDataUri.test(src)) throw new Error(`renderHtml: the image of chart "${chart.id}" must be a data:image/png;base64 URI`);
        const body = src ? `<img src="${src}" alt="${escapeHtml(chart.title)}" width="800" height="400">` : htmlTable(chartTable(chart, doc.lang));
        const caption = item.caption.length > 0 ? `<figcaption>${inline(item.caption)}</figcaption>` : '';
        return `<figure id="chart-${escapeHtml(chart.id)}">${body}${caption}</figure>`;
      }
    }
  };
  const sections = doc.sections.map(
    (section) => `<section id="${escapeHtml(section.id)}">\n<h2>${escapeHtml(section.title)}</h2>\n${section.blocks.map(block).join('\n')}\n</section>`,
  );
  return [
    '<!doctype html>',
    `<html lang="${doc.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${htmlStyle}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<header><h1>${escapeHtml(doc.title)}</h1><p class="byline">${escapeHtml(documentByline(doc))}</p></header>`,
    ...sections,
    `<footer>${escapeHtml(t(doc.lang, 'render.footer'))}</footer>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
