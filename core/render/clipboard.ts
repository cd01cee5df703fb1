import type { Inline, PeopleCaseDocument, Section } from '../proposal/document.ts';
import { documentByline } from './document-byline.ts';
import { escapeHtml } from './escape-html.ts';
import { formatQuantity } from './format-quantity.ts';
import { inlineText } from './inline-text.ts';

/** What the summary takes from a proposal (DESIGN.md §5): the whole decision request, the top findings, the impact statement. */
const summaryParts: readonly { id: string; items: number }[] = [
  { id: 'decision', items: Number.POSITIVE_INFINITY },
  { id: 'evidence', items: 3 },
  { id: 'impact', items: 1 },
];

/** A document without those sections (a scorecard, a brief) is summed up by its first section's first items. */
const fallbackItems = 3;

/** Paragraphs and list items of a section, in order; tables and charts do not paste into a chat line. */
function textItems(section: Section): Inline[][] {
  return section.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.content] : block.kind === 'list' ? block.items : []));
}

const fontStack = "Calibri, 'Microsoft YaHei', 'PingFang SC', Arial, sans-serif";

/**
 * The summary of a document to paste into an email or a chat: its title and byline, the decision request, the top three
 * findings and the impact statement, as rich text (HTML with inline styles, numbers in bold, every text escaped since it comes
 * from user data) and as plain text for apps that take no HTML. Hosts put both on the clipboard (`text/html` and
 * `text/plain`). A document without a decision, evidence or impact section gives its first section's first three items.
 * @example summaryForClipboard(proposal).text.split('\n')[0] // 'Keep core engineers: R&D retention proposal'
 */
export function summaryForClipboard(doc: PeopleCaseDocument): { html: string; text: string } {
  const found = summaryParts.flatMap(({ id, items }) => {
    const section = doc.sections.find((candidate) => candidate.id === id);
    return section ? [{ section, items: textItems(section).slice(0, items) }] : [];
  });
  const parts = found.length > 0 ? found : doc.sections.slice(0, 1).map((section) => ({ section, items: textItems(section).slice(0, fallbackItems) }));
  const shown = parts.filter((part) => part.items.length > 0);

  const html = (content: readonly Inline[]): string =>
    content.map((inline) => (typeof inline === 'string' ? escapeHtml(inline) : `<strong>${escapeHtml(formatQuantity(doc, inline.ref))}</strong>`)).join('');
  const htmlParts = shown.map(({ section, items }) => {
    const heading = `<p style="margin:12px 0 2px"><strong>${escapeHtml(section.title)}</strong></p>`;
    const body = items.length === 1 ? `<p style="margin:0">${html(items[0])}</p>` : `<ul style="margin:0;padding-left:20px">${items.map((item) => `<li>${html(item)}</li>`).join('')}</ul>`;
    return heading + body;
  });
  const textParts = shown.map(({ section, items }) =>
    [section.title, ...items.map((item) => (items.length === 1 ? inlineText(doc, item) : `• ${inlineText(doc, item)}`))].join('\n'),
  );
  return {
    html: [
      `<div lang="${doc.lang}" style="font-family:${escapeHtml(fontStack)};font-size:11pt;line-height:1.5;color:#1b1b1b">`,
      `<p style="margin:0"><strong style="font-size:13pt">${escapeHtml(doc.title)}</strong></p>`,
      `<p style="margin:0;color:#555555">${escapeHtml(documentByline(doc))}</p>`,
      ...htmlParts,
      '</div>',
    ].join(''),
    text: [`${doc.title}\n${documentByline(doc)}`, ...textParts].join('\n\n'),
  };
}
