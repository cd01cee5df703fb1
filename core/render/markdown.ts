import { t } from '../i18n/index.ts';
import type { Block, Inline, PeopleCaseDocument } from '../proposal/document.ts';
import { chartById } from './chart-by-id.ts';
import { chartTable } from './chart-table.ts';
import { documentByline } from './document-byline.ts';
import { escapeMarkdown } from './escape-markdown.ts';
import { inlineText } from './inline-text.ts';
import { tableText, type TextTable } from './text-table.ts';

export interface MarkdownOptions {
  /** Chart id → image address (a path relative to the Markdown file, or a data URI); charts without one are written as data tables. */
  chartImages?: Record<string, string>;
}

/** Spaces, parentheses and angle brackets would end a Markdown link destination early. */
function imageDestination(src: string): string {
  return src.replace(/[ ()<>]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

function markdownTable(table: TextTable): string {
  const line = (cells: string[]): string => `| ${cells.map((cell) => escapeMarkdown(cell) || ' ').join(' | ')} |`;
  const rule = `| ${table.numeric.map((numeric) => (numeric ? '---:' : '---')).join(' | ')} |`;
  return [line(table.header), rule, ...table.rows.map(line)].join('\n');
}

/**
 * A document as GitHub-flavoured Markdown, for pasting into wikis, tickets and chat: headings, paragraphs, lists, tables
 * (numeric columns right-aligned), charts as images with their caption or, without an image, as a table of their data.
 * Every user-supplied text is escaped so it stays text.
 * @example renderMarkdown(doc, { chartImages: { turnover: 'charts/turnover.png' } }).startsWith('# ') // true
 */
export function renderMarkdown(doc: PeopleCaseDocument, options: MarkdownOptions = {}): string {
  const text = (content: Inline[]): string => escapeMarkdown(inlineText(doc, content));
  const block = (item: Block): string => {
    switch (item.kind) {
      case 'paragraph':
        return text(item.content);
      case 'list':
        return item.items.map((entry, index) => `${item.ordered ? `${index + 1}.` : '-'} ${text(entry)}`).join('\n');
      case 'table':
        return markdownTable(tableText(doc, item));
      case 'chart': {
        const chart = chartById(doc, item.chartId);
        const src = options.chartImages && Object.hasOwn(options.chartImages, chart.id) ? options.chartImages[chart.id] : undefined;
        const body = src ? `![${escapeMarkdown(chart.title)}](${imageDestination(src)})` : markdownTable(chartTable(chart, doc.lang));
        const caption = text(item.caption);
        return caption ? `${body}\n\n*${caption}*` : body;
      }
    }
  };
  const parts = [`# ${escapeMarkdown(doc.title)}`, escapeMarkdown(documentByline(doc))];
  for (const section of doc.sections) parts.push(`## ${escapeMarkdown(section.title)}`, ...section.blocks.map(block));
  parts.push('---', escapeMarkdown(t(doc.lang, 'render.footer')));
  return `${parts.join('\n\n')}\n`;
}
